import { type RepoScope, SCORE_LEVELS, scoreWindow } from '@nullpath/core';
import { inRepoScope } from '../access/repo-scope.sql';
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import { searchText } from './search-text.sql';
import type { Database, IssuesTable } from '../schema';
import type { Db } from '../types';
import { toCount } from '../types';

export interface IssueSearch {
  orgId: string;
  /** NOTE(repo-visibility): applied to every search, count and aggregate. */
  scope: RepoScope;
  repositoryIds?: string[];
  scanId?: string;
  statuses?: string[];
  v1Statuses?: string[];
  /** Inclusive score windows, OR-ed (scoreLevels). */
  scoreWindows?: Array<{ min: number; max: number }>;
  scoreRange?: { min: number; max: number };
  searchQuery?: string;
  languages?: string[];
  vulnClasses?: string[];
  codeScanTypes?: string[];
  categories?: string[];
  ruleId?: string;
  repositoryBranches?: Array<{ repositoryId: string; branch: string }>;
  ecosystems?: string[];
  transitivity?: 'direct' | 'transitive';
  hasNote?: boolean;
  jiraLinked?: boolean;
  triagedBy?: string;
  validationVerdicts?: string[];
}

export type IssueSort = 'createdAt' | 'score' | 'title' | 'repository' | 'class' | 'file' | 'patch';

type Eb = ExpressionBuilder<Database & { i: Database['issues']; r: Database['repositories'] }, 'i' | 'r'>;

function where(eb: Eb, s: IssueSearch) {
  const conds = [eb('i.org_id', '=', s.orgId), inRepoScope('i.repository_id', s.scope)];
  const inList = (col: 'i.status' | 'i.v1_status' | 'i.language' | 'i.vuln_class' | 'i.code_scan_type' | 'i.category' | 'i.repository_id' | 'i.ecosystem', v?: string[]) => {
    if (v && v.length > 0) conds.push(eb(col, 'in', v));
  };
  inList('i.repository_id', s.repositoryIds);
  inList('i.status', s.statuses);
  inList('i.v1_status', s.v1Statuses);
  inList('i.language', s.languages);
  inList('i.vuln_class', s.vulnClasses);
  inList('i.code_scan_type', s.codeScanTypes);
  inList('i.category', s.categories);
  inList('i.ecosystem', s.ecosystems);
  if (s.ruleId) conds.push(eb('i.rule_id', '=', s.ruleId));
  if (s.scanId) conds.push(eb('i.id', 'in', eb.selectFrom('scan_findings as sf').select('sf.issue_id').where('sf.scan_id', '=', s.scanId)));
  if (s.scoreWindows && s.scoreWindows.length > 0) {
    conds.push(eb.or(s.scoreWindows.map((w) => eb.and([eb('i.score', '>=', w.min), eb('i.score', '<=', w.max)]))));
  }
  if (s.scoreRange) conds.push(eb('i.score', '>=', s.scoreRange.min), eb('i.score', '<=', s.scoreRange.max));
  if (s.searchQuery) {
    const escaped = s.searchQuery.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    conds.push(eb(searchText(), 'like', sql<string>`${`%${escaped}%`} escape '\\'`));
  }
  if (s.repositoryBranches && s.repositoryBranches.length > 0) {
    conds.push(eb.or(s.repositoryBranches.map((rb) => eb.and([eb('i.repository_id', '=', rb.repositoryId), eb('i.scope', '=', rb.branch)]))));
  }
  if (s.transitivity) conds.push(eb('i.transitivity', '=', s.transitivity));
  if (s.hasNote !== undefined) conds.push(eb('i.note', s.hasNote ? 'is not' : 'is', null));
  if (s.jiraLinked !== undefined) conds.push(eb('i.jira_issue_key', s.jiraLinked ? 'is not' : 'is', null));
  if (s.triagedBy) conds.push(eb('i.triaged_by', '=', s.triagedBy));
  if (s.validationVerdicts && s.validationVerdicts.length > 0) conds.push(eb('i.validation_verdict', 'in', s.validationVerdicts));
  return eb.and(conds);
}

const SORT_COLUMNS = {
  createdAt: 'i.created_at',
  score: 'i.score',
  title: 'i.title',
  repository: 'r.name',
  class: 'i.vuln_class',
  file: 'i.file',
  patch: 'i.updated_at',
} as const;

/**
 * The repository join is only needed to sort by its name. A scan filter drives the query from the
 * scan's findings (a few thousand rows) instead of testing every issue of the organization.
 */
function base(db: Db, needsRepo: boolean, scanId?: string) {
  const q = scanId
    ? db.selectFrom('scan_findings as sf').innerJoin('issues as i', 'i.id', 'sf.issue_id').where('sf.scan_id', '=', scanId)
    : db.selectFrom('issues as i');
  return ((needsRepo ? q.innerJoin('repositories as r', 'r.id', 'i.repository_id') : q) as unknown) as ReturnType<typeof withRepo>;
}

/** The filters left for WHERE once `base` has applied the scan filter through the join. */
const withoutScan = (s: IssueSearch): IssueSearch => {
  const { scanId: _applied, ...others } = s;
  return others;
};
const withRepo = (db: Db) => db.selectFrom('issues as i').innerJoin('repositories as r', 'r.id', 'i.repository_id');

export function searchIssues(db: Db, s: IssueSearch, page: { offset: number; limit: number; sortBy?: IssueSort; sortOrder?: 'asc' | 'desc' }) {
  const sortBy = page.sortBy ?? 'score';
  // Within one scan (a few thousand issues) sorting them beats walking the organization's ordered index and
  // probing each entry; coalesce(col, col) keeps the planner from choosing that index.
  const col = s.scanId ? sql`coalesce(${sql.ref(SORT_COLUMNS[sortBy])}, ${sql.ref(SORT_COLUMNS[sortBy])})` : SORT_COLUMNS[sortBy];
  return base(db, sortBy === 'repository', s.scanId)
    .selectAll('i')
    .select((eb) => eb.selectFrom('repositories as rn').select('rn.name').whereRef('rn.id', '=', 'i.repository_id').as('repository_name'))
    .where((eb) => where(eb as unknown as Eb, withoutScan(s)))
    .orderBy(col, page.sortOrder ?? 'desc')
    .orderBy('i.id', 'asc')
    .limit(page.limit)
    .offset(page.offset)
    .execute() as Promise<Array<Selectable<IssuesTable> & { repository_name: string }>>;
}

/** Filters the per-repository counters can answer (NOTE(issue-counters)). */
const COUNTER_KEYS = new Set(['orgId', 'scope', 'repositoryIds', 'statuses', 'v1Statuses', 'scoreWindows', 'codeScanTypes', 'categories']);

export async function countIssues(db: Db, s: IssueSearch): Promise<number> {
  const used = Object.entries(s).filter(([, v]) => v !== undefined).map(([k]) => k);
  const windowsAreLevels = (s.scoreWindows ?? []).every((w) => SCORE_LEVELS.some((l) => scoreWindow(l).min === w.min && scoreWindow(l).max === w.max));
  if (used.every((k) => COUNTER_KEYS.has(k)) && windowsAreLevels) return countFromCounters(db, s);
  if (s.scanId !== undefined && s.scope.all && used.every((k) => k === 'orgId' || k === 'scanId' || k === 'scope')) {
    // A scan's findings, counted from its own index; the scan's organization stands in for the issues'.
    const r = await db
      .selectFrom('scan_findings as sf')
      .innerJoin('scans as sc', 'sc.id', 'sf.scan_id')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('sf.scan_id', '=', s.scanId)
      .where('sc.org_id', '=', s.orgId)
      .executeTakeFirst();
    return toCount(r?.n);
  }
  const r = await base(db, false, s.scanId)
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => where(eb as unknown as Eb, withoutScan(s)))
    .executeTakeFirst();
  return toCount(r?.n);
}

async function countFromCounters(db: Db, s: IssueSearch): Promise<number> {
  let q = db.selectFrom('issue_counts').select((eb) => eb.fn.sum<number>('n').as('n')).where('org_id', '=', s.orgId).where(inRepoScope('repository_id', s.scope));
  if (s.repositoryIds && s.repositoryIds.length > 0) q = q.where('repository_id', 'in', s.repositoryIds);
  if (s.statuses && s.statuses.length > 0) q = q.where('status', 'in', s.statuses);
  if (s.v1Statuses && s.v1Statuses.length > 0) q = q.where('v1_status', 'in', s.v1Statuses);
  if (s.codeScanTypes && s.codeScanTypes.length > 0) q = q.where('code_scan_type', 'in', s.codeScanTypes);
  if (s.categories && s.categories.length > 0) q = q.where('category', 'in', s.categories);
  if (s.scoreWindows && s.scoreWindows.length > 0) {
    const levels = SCORE_LEVELS.filter((l) => s.scoreWindows!.some((w) => scoreWindow(l).min === w.min));
    q = q.where('level', 'in', levels);
  }
  return toCount((await q.executeTakeFirst())?.n);
}

/** Counts per V1 status bucket over the same filters minus the status filter (V1 `categoryCounts`). */
export async function countByV1Status(db: Db, s: IssueSearch): Promise<Record<string, number>> {
  const { v1Statuses: _ignored, statuses: _ignored2, ...rest } = s;
  const used = Object.entries(rest).filter(([, v]) => v !== undefined).map(([k]) => k);
  if (used.every((k) => COUNTER_KEYS.has(k)) && !rest.scoreWindows) {
    let q = db.selectFrom('issue_counts').select(['v1_status']).select((eb) => eb.fn.sum<number>('n').as('n')).where('org_id', '=', s.orgId).where(inRepoScope('repository_id', s.scope));
    if (rest.repositoryIds && rest.repositoryIds.length > 0) q = q.where('repository_id', 'in', rest.repositoryIds);
    if (rest.codeScanTypes && rest.codeScanTypes.length > 0) q = q.where('code_scan_type', 'in', rest.codeScanTypes);
    if (rest.categories && rest.categories.length > 0) q = q.where('category', 'in', rest.categories);
    const rows = await q.groupBy('v1_status').execute();
    return Object.fromEntries(rows.map((r) => [r.v1_status, toCount(r.n)]));
  }
  const rows = await base(db, false, rest.scanId)
    .select(['i.v1_status'])
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => where(eb as unknown as Eb, withoutScan(rest)))
    .groupBy('i.v1_status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.v1_status, toCount(r.n)]));
}

/** V1 `issueCounts` per repository: counts per V1 status bucket. */
export async function countsByRepository(db: Db, orgId: string, repositoryIds?: string[]): Promise<Map<string, Record<string, number>>> {
  let q = db
    .selectFrom('issue_counts')
    .select(['repository_id', 'v1_status'])
    .select((eb) => eb.fn.sum<number>('n').as('n'))
    .where('org_id', '=', orgId);
  if (repositoryIds) q = q.where('repository_id', 'in', repositoryIds.length > 0 ? repositoryIds : ['']);
  const rows = await q.groupBy(['repository_id', 'v1_status']).execute();
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const rec = out.get(r.repository_id) ?? {};
    rec[r.v1_status] = toCount(r.n);
    out.set(r.repository_id, rec);
  }
  return out;
}

/** Per repository: open SCA issues by level (from the counters) and distinct vulnerable packages. */
export async function scaSummaryByRepository(db: Db, orgId: string, scope: RepoScope) {
  const levels = await db
    .selectFrom('issue_counts')
    .select(['repository_id', 'level'])
    .select((eb) => eb.fn.sum<number>('n').as('n'))
    .where('org_id', '=', orgId)
    .where(inRepoScope('repository_id', scope))
    .where('category', '=', 'SCA')
    .where('v1_status', '=', 'open')
    .groupBy(['repository_id', 'level'])
    .execute();
  const packages = await db
    .selectFrom('issues')
    .select(['repository_id'])
    .select(sql<number>`count(distinct ecosystem || ':' || package_name)`.as('n'))
    .where('org_id', '=', orgId)
    .where(inRepoScope('repository_id', scope))
    .where('category', '=', 'SCA')
    .where('v1_status', '=', 'open')
    .groupBy('repository_id')
    .execute();
  const out = new Map<string, { levels: Record<string, number>; packages: number }>();
  const get = (id: string) => out.get(id) ?? out.set(id, { levels: {}, packages: 0 }).get(id)!;
  for (const r of levels) get(r.repository_id).levels[r.level] = toCount(r.n);
  for (const r of packages) get(r.repository_id).packages = toCount(r.n);
  return out;
}
