import { type FindingInput, newId } from '@nullpath/core';
import type { ScanType } from '../schema';
import type { Db, Row } from '../types';
import { nowIso } from '../types';
import { sql } from 'kysely';
import { levelCase, statusCase, v1StatusCase } from './issue-status.sql';

export type IssueRow = Row<'issues'>;

const CHUNK = 400;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface IngestTarget {
  orgId: string;
  repositoryId: string;
  scope: string;
  scanId: string;
  codeScanType: ScanType;
}

/**
 * Upserts findings by (repository, scope, fingerprint): a known finding is refreshed and reopened,
 * never duplicated, and keeps its triage and first-seen data (NOTE(triage-survives-rescan)).
 * Returns the issue ids in input order.
 */
export async function upsertFindings(db: Db, t: IngestTarget, findings: readonly FindingInput[]): Promise<string[]> {
  const now = nowIso();
  const ids: string[] = [];
  for (const part of chunks(findings)) {
    const rows: IssueRow[] = part.map((f) => ({
      id: newId(),
      org_id: t.orgId,
      repository_id: t.repositoryId,
      scope: t.scope,
      code_scan_type: t.codeScanType,
      fingerprint: f.fingerprint,
      category: f.category,
      rule_id: f.ruleId,
      vuln_class: f.vulnClass,
      cwes: JSON.stringify(f.cwes),
      language: f.language,
      title: f.title,
      description: f.description,
      remediation: f.remediation,
      score: Math.round(f.score),
      confidence: Math.round(f.confidence),
      file: f.file,
      start_line: f.startLine,
      end_line: f.endLine,
      start_col: f.startColumn,
      end_col: f.endColumn,
      snippet: f.snippet,
      trace: f.trace ? JSON.stringify(f.trace) : null,
      sca: f.sca ? JSON.stringify(f.sca) : null,
      package_name: f.sca?.packageName ?? null,
      ecosystem: f.sca?.ecosystem ?? null,
      transitivity: f.sca?.transitivity ?? null,
      reachability: f.sca?.reachability ?? null,
      lifecycle: 'open',
      triage_status: null,
      status: 'PENDING_REVIEW',
      v1_status: 'open',
      first_scan_id: t.scanId,
      last_scan_id: t.scanId,
      created_at: now,
      updated_at: now,
      last_seen_at: now,
      resolved_at: null,
      note: null,
      note_updated_at: null,
      note_updated_by: null,
      non_exploitable_reason: null,
      score_override: null,
      triaged_by: null,
      triaged_at: null,
      validation_verdict: f.validation?.verdict ?? null,
      validation_assessment: f.validation?.assessment ?? null,
      code_context: f.context ? JSON.stringify(f.context) : null,
      jira_issue_key: null,
      jira_issue_url: null,
      jira_issue_title: null,
      jira_title_fetched_at: null,
    }));
    const returned = await db
      .insertInto('issues')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['repository_id', 'scope', 'fingerprint']).doUpdateSet((eb) => ({
          rule_id: eb.ref('excluded.rule_id'),
          vuln_class: eb.ref('excluded.vuln_class'),
          cwes: eb.ref('excluded.cwes'),
          title: eb.ref('excluded.title'),
          description: eb.ref('excluded.description'),
          remediation: eb.ref('excluded.remediation'),
          // A human severity change survives rescans (NOTE(triage-survives-rescan)).
          score: sql<number>`coalesce(issues.score_override, excluded.score)`,
          confidence: eb.ref('excluded.confidence'),
          file: eb.ref('excluded.file'),
          start_line: eb.ref('excluded.start_line'),
          end_line: eb.ref('excluded.end_line'),
          start_col: eb.ref('excluded.start_col'),
          end_col: eb.ref('excluded.end_col'),
          snippet: eb.ref('excluded.snippet'),
          trace: eb.ref('excluded.trace'),
          sca: eb.ref('excluded.sca'),
          transitivity: eb.ref('excluded.transitivity'),
          reachability: eb.ref('excluded.reachability'),
          validation_verdict: eb.ref('excluded.validation_verdict'),
          code_context: eb.ref('excluded.code_context'),
          validation_assessment: eb.ref('excluded.validation_assessment'),
          lifecycle: 'open',
          resolved_at: null,
          last_scan_id: eb.ref('excluded.last_scan_id'),
          last_seen_at: eb.ref('excluded.last_seen_at'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .returning(['id', 'fingerprint'])
      .execute();
    const byFp = new Map(returned.map((r) => [r.fingerprint, r.id]));
    for (const f of part) ids.push(byFp.get(f.fingerprint)!);
    await db
      .insertInto('scan_findings')
      .values([...new Set(byFp.values())].map((issue_id) => ({ scan_id: t.scanId, issue_id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return ids;
}

/** Full scans only: open issues of the scope that this scan did not report are resolved. */
export async function resolveMissing(db: Db, t: IngestTarget): Promise<number> {
  const now = nowIso();
  const r = await db
    .updateTable('issues')
    .set({ lifecycle: 'resolved', resolved_at: now, updated_at: now })
    .where('repository_id', '=', t.repositoryId)
    .where('scope', '=', t.scope)
    .where('lifecycle', '=', 'open')
    .where('last_scan_id', '<>', t.scanId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Recomputes the derived status columns of one scope (see NOTE(derived-status)). */
export async function refreshStatuses(db: Db, repositoryId: string, scope: string): Promise<void> {
  // Only rows whose status changes are rewritten: every rewrite also touches every index.
  await db
    .updateTable('issues')
    .set({ status: statusCase(), v1_status: v1StatusCase() })
    .where('repository_id', '=', repositoryId)
    .where('scope', '=', scope)
    .where((eb) => eb.or([eb('status', '<>', statusCase()), eb('v1_status', '<>', v1StatusCase())]))
    .execute();
}

export function findIssue(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('issues as i')
    .innerJoin('repositories as r', 'r.id', 'i.repository_id')
    .innerJoin('scans as s', 's.id', 'i.last_scan_id')
    .selectAll('i')
    .select(['r.name as repository_name', 's.commit_sha as last_commit_sha', 's.branch as last_branch'])
    .where('i.org_id', '=', orgId)
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** Scan summary: counts per score window of the findings a scan reported. */
export async function scanSeverityCounts(db: Db, scanId: string): Promise<{ scores: number[] }> {
  const rows = await db
    .selectFrom('scan_findings as sf')
    .innerJoin('issues as i', 'i.id', 'sf.issue_id')
    .select(['i.score'])
    .where('sf.scan_id', '=', scanId)
    .execute();
  return { scores: rows.map((r) => r.score) };
}

/**
 * Rebuilds one repository's issue counters (NOTE(issue-counters)): totals for the common filters are
 * sums over these rows instead of counts over every issue.
 */
export async function refreshCounts(db: Db, repositoryId: string): Promise<void> {
  await db.deleteFrom('issue_counts').where('repository_id', '=', repositoryId).execute();
  await db
    .insertInto('issue_counts')
    .columns(['org_id', 'repository_id', 'code_scan_type', 'category', 'status', 'v1_status', 'level', 'n'])
    .expression((eb) =>
      eb
        .selectFrom('issues')
        .select([
          'org_id',
          'repository_id',
          'code_scan_type',
          'category',
          'status',
          'v1_status',
          levelCase().as('level'),
          sql<number>`count(*)`.as('n'),
        ])
        .where('repository_id', '=', repositoryId)
        .groupBy(['org_id', 'repository_id', 'code_scan_type', 'category', 'status', 'v1_status', levelCase()]),
    )
    .execute();
}
