import { newId } from '@nullpath/core';
import type { Disposition } from '../schema';
import type { Db, Row } from '../types';
import { nowIso, toCount } from '../types';

export type IssueHistoryRow = Row<'issue_history'>;
export type TriageIssueRow = Pick<Row<'issues'>, 'id' | 'repository_id' | 'scope' | 'triage_status' | 'lifecycle' | 'status' | 'score' | 'score_override' | 'note' | 'non_exploitable_reason'>;

/** The issues of an organization among `ids` with what triage needs (unknown ids are simply absent). */
export async function findForTriage(db: Db, orgId: string, ids: readonly string[]): Promise<TriageIssueRow[]> {
  const out: TriageIssueRow[] = [];
  for (let i = 0; i < ids.length; i += 400) {
    out.push(
      ...(await db
        .selectFrom('issues')
        .select(['id', 'repository_id', 'scope', 'triage_status', 'lifecycle', 'status', 'score', 'score_override', 'note', 'non_exploitable_reason'])
        .where('org_id', '=', orgId)
        .where('id', 'in', ids.slice(i, i + 400))
        .execute()),
    );
  }
  return out;
}

export type TriagePatch = Partial<Pick<Row<'issues'>, 'triage_status' | 'lifecycle' | 'resolved_at' | 'non_exploitable_reason' | 'score' | 'score_override' | 'note' | 'note_updated_at' | 'note_updated_by' | 'triaged_by' | 'triaged_at'>>;

export async function patchIssues(db: Db, ids: readonly string[], patch: TriagePatch): Promise<void> {
  for (let i = 0; i < ids.length; i += 400) {
    await db.updateTable('issues').set({ ...patch, updated_at: nowIso() }).where('id', 'in', ids.slice(i, i + 400)).execute();
  }
}

export type HistoryInput = Omit<IssueHistoryRow, 'id' | 'created_at' | 'seq'>;

let seq = 0;
export async function insertHistory(db: Db, entries: readonly HistoryInput[]): Promise<void> {
  const now = nowIso();
  for (let i = 0; i < entries.length; i += 200) {
    await db.insertInto('issue_history').values(entries.slice(i, i + 200).map((e) => ({ ...e, id: newId(), created_at: now, seq: ++seq }))).execute();
  }
}

export function issueHistory(db: Db, issueId: string): Promise<IssueHistoryRow[]> {
  return db.selectFrom('issue_history').selectAll().where('issue_id', '=', issueId).orderBy('created_at').orderBy('seq').execute();
}

function repoHistory(db: Db, repositoryIds: readonly string[], dispositions?: readonly Disposition[]) {
  let q = db.selectFrom('issue_history').where('repository_id', 'in', repositoryIds.length > 0 ? [...repositoryIds] : ['']);
  if (dispositions && dispositions.length > 0) q = q.where('disposition', 'in', [...dispositions]);
  return q;
}

/** Human decisions on the findings of a repository (and its partitions), newest first. */
export function triageHistory(db: Db, f: { repositoryIds: readonly string[]; dispositions?: readonly Disposition[]; offset: number; limit: number }) {
  return repoHistory(db, f.repositoryIds, f.dispositions).selectAll().orderBy('created_at', 'desc').orderBy('seq', 'desc').limit(f.limit).offset(f.offset).execute();
}

export async function countTriageHistory(db: Db, f: { repositoryIds: readonly string[]; dispositions?: readonly Disposition[] }): Promise<number> {
  return toCount((await repoHistory(db, f.repositoryIds, f.dispositions).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n);
}

/** Issues of a scope that are resolved now (before an ingest), to record the ones that come back as REOPENED. */
export async function resolvedFingerprints(db: Db, repositoryId: string, scope: string, fingerprints: readonly string[]): Promise<Array<{ id: string; fingerprint: string; org_id: string }>> {
  const out: Array<{ id: string; fingerprint: string; org_id: string }> = [];
  for (let i = 0; i < fingerprints.length; i += 400) {
    out.push(
      ...(await db
        .selectFrom('issues')
        .select(['id', 'fingerprint', 'org_id'])
        .where('repository_id', '=', repositoryId)
        .where('scope', '=', scope)
        .where('lifecycle', '=', 'resolved')
        .where('fingerprint', 'in', fingerprints.slice(i, i + 400))
        .execute()),
    );
  }
  return out;
}
