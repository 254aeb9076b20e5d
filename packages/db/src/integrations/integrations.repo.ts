import type { Db, Row } from '../types';
import { nowIso } from '../types';

export type JiraSettingsRow = Row<'jira_settings'>;

export function findJiraSettings(db: Db, orgId: string): Promise<JiraSettingsRow | undefined> {
  return db.selectFrom('jira_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function upsertJiraSettings(db: Db, row: Omit<JiraSettingsRow, 'updated_at'>): Promise<void> {
  const full = { ...row, updated_at: nowIso() };
  await db.insertInto('jira_settings').values(full).onConflict((oc) => oc.column('org_id').doUpdateSet({ ...full })).execute();
}

export async function setIssueJira(db: Db, issueId: string, link: { key: string | null; url: string | null; title: string | null; fetchedAt: string | null }): Promise<void> {
  await db
    .updateTable('issues')
    .set({ jira_issue_key: link.key, jira_issue_url: link.url, jira_issue_title: link.title, jira_title_fetched_at: link.fetchedAt, updated_at: nowIso() })
    .where('id', '=', issueId)
    .execute();
}

/** Titles of every issue linked to a Jira key in the organization (Jira webhooks). */
export async function updateJiraTitle(db: Db, orgId: string, key: string, title: string): Promise<number> {
  const r = await db
    .updateTable('issues')
    .set({ jira_issue_title: title, jira_title_fetched_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('jira_issue_key', '=', key)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export type LlmSettingsRow = Row<'llm_settings'>;

export function findLlmSettings(db: Db, orgId: string): Promise<LlmSettingsRow | undefined> {
  return db.selectFrom('llm_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function upsertLlmSettings(db: Db, row: Omit<LlmSettingsRow, 'updated_at'>): Promise<void> {
  const full = { ...row, updated_at: nowIso() };
  await db.insertInto('llm_settings').values(full).onConflict((oc) => oc.column('org_id').doUpdateSet({ ...full })).execute();
}

/** UNKNOWN SAST findings a scan reported, for the LLM validation stage (bounded per scan). */
export function unknownFindingsOfScan(db: Db, scanId: string, limit: number) {
  return db
    .selectFrom('scan_findings as sf')
    .innerJoin('issues as i', 'i.id', 'sf.issue_id')
    .select(['i.id', 'i.org_id', 'i.rule_id', 'i.vuln_class', 'i.title', 'i.description', 'i.file', 'i.start_line', 'i.snippet', 'i.trace'])
    .where('sf.scan_id', '=', scanId)
    .where('i.category', '=', 'SAST')
    .where('i.validation_verdict', '=', 'UNKNOWN')
    .orderBy('i.score', 'desc')
    .limit(limit)
    .execute();
}

/** Moves an UNKNOWN verdict only (a static verdict is never overruled by the model). */
export async function setLlmVerdict(db: Db, issueId: string, verdict: 'CONFIRMED' | 'DISCONFIRMED', assessment: string): Promise<boolean> {
  const r = await db
    .updateTable('issues')
    .set({ validation_verdict: verdict, validation_assessment: assessment })
    .where('id', '=', issueId)
    .where('validation_verdict', '=', 'UNKNOWN')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
