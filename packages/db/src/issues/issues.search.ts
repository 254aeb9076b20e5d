import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../schema';
import type { Db } from '../types';
import { toCount } from '../types';

export interface IssueSearch {
  orgId: string;
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
}

export type IssueSort = 'createdAt' | 'score' | 'title' | 'repository' | 'class' | 'file' | 'patch';

type Eb = ExpressionBuilder<Database & { i: Database['issues']; r: Database['repositories'] }, 'i' | 'r'>;

function where(eb: Eb, s: IssueSearch) {
  const conds = [eb('i.org_id', '=', s.orgId)];
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
  if (s.scanId) {
    conds.push(eb.exists(eb.selectFrom('scan_findings as sf').select('sf.issue_id').whereRef('sf.issue_id', '=', 'i.id').where('sf.scan_id', '=', s.scanId)));
  }
  if (s.scoreWindows && s.scoreWindows.length > 0) {
    conds.push(eb.or(s.scoreWindows.map((w) => eb.and([eb('i.score', '>=', w.min), eb('i.score', '<=', w.max)]))));
  }
  if (s.scoreRange) conds.push(eb('i.score', '>=', s.scoreRange.min), eb('i.score', '<=', s.scoreRange.max));
  if (s.searchQuery) {
    const like = `%${s.searchQuery.toLowerCase()}%`;
    conds.push(
      eb.or([
        eb(eb.fn('lower', ['i.title']), 'like', like),
        eb(eb.fn('lower', ['i.file']), 'like', like),
        eb(eb.fn('lower', ['i.vuln_class']), 'like', like),
        eb(eb.fn('lower', ['i.rule_id']), 'like', like),
        eb(eb.fn('lower', ['i.package_name']), 'like', like),
        eb(eb.fn('lower', ['r.name']), 'like', like),
      ]),
    );
  }
  if (s.repositoryBranches && s.repositoryBranches.length > 0) {
    conds.push(eb.or(s.repositoryBranches.map((rb) => eb.and([eb('i.repository_id', '=', rb.repositoryId), eb('i.scope', '=', rb.branch)]))));
  }
  if (s.transitivity) conds.push(eb('i.transitivity', '=', s.transitivity));
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

function base(db: Db) {
  return db.selectFrom('issues as i').innerJoin('repositories as r', 'r.id', 'i.repository_id');
}

export function searchIssues(db: Db, s: IssueSearch, page: { offset: number; limit: number; sortBy?: IssueSort; sortOrder?: 'asc' | 'desc' }) {
  const col = SORT_COLUMNS[page.sortBy ?? 'score'];
  return base(db)
    .selectAll('i')
    .select(['r.name as repository_name'])
    .where((eb) => where(eb as unknown as Eb, s))
    .orderBy(col, page.sortOrder ?? 'desc')
    .orderBy('i.id', 'asc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countIssues(db: Db, s: IssueSearch): Promise<number> {
  const r = await base(db)
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => where(eb as unknown as Eb, s))
    .executeTakeFirst();
  return toCount(r?.n);
}

/** Counts per V1 status bucket over the same filters minus the status filter (V1 `categoryCounts`). */
export async function countByV1Status(db: Db, s: IssueSearch): Promise<Record<string, number>> {
  const { v1Statuses: _ignored, statuses: _ignored2, ...rest } = s;
  const rows = await base(db)
    .select(['i.v1_status'])
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => where(eb as unknown as Eb, rest))
    .groupBy('i.v1_status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.v1_status, toCount(r.n)]));
}

/** V1 `issueCounts` per repository: counts per V1 status bucket. */
export async function countsByRepository(db: Db, orgId: string, repositoryIds?: string[]): Promise<Map<string, Record<string, number>>> {
  let q = db
    .selectFrom('issues')
    .select(['repository_id', 'v1_status'])
    .select((eb) => eb.fn.countAll().as('n'))
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
