import type { IssueSortBy, IssueStatus, ScoreLevel, SearchIssuesBody, VulnCategory } from '@nullpath/api-client';
import { ISSUE_SORT_LABEL, ISSUE_STATUSES, SCORE_LEVELS, VULN_CATEGORIES } from './issue.labels';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type SortOrder = 'asc' | 'desc';

/** The Issues page's filters, kept in the URL: a scan links to `/issues?scanId=…`, and filtered lists can be shared. */
export interface IssueFilters {
  statuses: IssueStatus[];
  levels: ScoreLevel[];
  categories: VulnCategory[];
  q: string;
  repositoryId: string | null;
  scanId: string | null;
  sortBy: IssueSortBy;
  sortOrder: SortOrder;
  page: number;
  limit: PageSize;
}

export const DEFAULT_ISSUE_FILTERS: IssueFilters = {
  statuses: [],
  levels: [],
  categories: [],
  q: '',
  repositoryId: null,
  scanId: null,
  sortBy: 'score',
  sortOrder: 'desc',
  page: 1,
  limit: 25,
};

const SORTS = Object.keys(ISSUE_SORT_LABEL) as IssueSortBy[];

const listOf = <T extends string>(allowed: readonly T[], v: string | null): T[] =>
  (v ?? '').split(',').filter((s): s is T => (allowed as readonly string[]).includes(s));

// Unknown values (an old link, a hand-edited URL) fall back to defaults rather than reaching the server.
export function parseIssueFilters(search: string): IssueFilters {
  const p = new URLSearchParams(search);
  const page = Number(p.get('page'));
  const limit = Number(p.get('limit'));
  const sortBy = SORTS.find((s) => s === p.get('sort'));
  return {
    statuses: listOf(ISSUE_STATUSES, p.get('status')),
    levels: listOf(SCORE_LEVELS, p.get('level')),
    categories: listOf(VULN_CATEGORIES, p.get('category')),
    q: (p.get('q') ?? '').slice(0, 500),
    repositoryId: p.get('repositoryId') || null,
    scanId: p.get('scanId') || null,
    sortBy: sortBy ?? DEFAULT_ISSUE_FILTERS.sortBy,
    sortOrder: p.get('order') === 'asc' ? 'asc' : p.get('order') === 'desc' ? 'desc' : DEFAULT_ISSUE_FILTERS.sortOrder,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    limit: PAGE_SIZES.find((s) => s === limit) ?? DEFAULT_ISSUE_FILTERS.limit,
  };
}

export function issueFiltersToSearch(f: IssueFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.scanId !== null) p.set('scanId', f.scanId);
  if (f.repositoryId !== null) p.set('repositoryId', f.repositoryId);
  if (f.statuses.length > 0) p.set('status', f.statuses.join(','));
  if (f.levels.length > 0) p.set('level', f.levels.join(','));
  if (f.categories.length > 0) p.set('category', f.categories.join(','));
  if (f.q !== '') p.set('q', f.q);
  if (f.sortBy !== DEFAULT_ISSUE_FILTERS.sortBy) p.set('sort', f.sortBy);
  if (f.sortOrder !== DEFAULT_ISSUE_FILTERS.sortOrder) p.set('order', f.sortOrder);
  if (f.page > 1) p.set('page', String(f.page));
  if (f.limit !== DEFAULT_ISSUE_FILTERS.limit) p.set('limit', String(f.limit));
  return p;
}

export function issueFiltersToBody(f: IssueFilters): Omit<SearchIssuesBody, 'organizationId'> {
  const q = f.q.trim();
  return {
    ...(f.statuses.length > 0 ? { statuses: f.statuses } : {}),
    ...(f.levels.length > 0 ? { scoreLevels: f.levels } : {}),
    ...(f.categories.length > 0 ? { vulnCategories: f.categories } : {}),
    ...(q !== '' ? { searchQuery: q } : {}),
    ...(f.repositoryId !== null ? { repositoryIds: [f.repositoryId] } : {}),
    ...(f.scanId !== null ? { scanId: f.scanId } : {}),
    sortBy: f.sortBy,
    sortOrder: f.sortOrder,
    offset: (f.page - 1) * f.limit,
    limit: f.limit,
  };
}
