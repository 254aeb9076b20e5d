import { describe, expect, it } from 'vitest';
import { DEFAULT_ISSUE_FILTERS, issueFiltersToBody, issueFiltersToSearch, parseIssueFilters } from './issue-filters';

describe('issue filters', () => {
  it('uses the defaults for an empty query string, and writes none of them back', () => {
    expect(parseIssueFilters('')).toEqual(DEFAULT_ISSUE_FILTERS);
    expect(issueFiltersToSearch(DEFAULT_ISSUE_FILTERS).toString()).toBe('');
  });

  it('reads the scan id a scan links with', () => {
    expect(parseIssueFilters('?scanId=3f1c-9a').scanId).toBe('3f1c-9a');
  });

  it('reads every filter', () => {
    expect(
      parseIssueFilters('?status=PENDING_REVIEW,RESOLVED&level=CRITICAL&category=SCA,SECRETS&q=lodash&repositoryId=r1&sort=createdAt&order=asc&page=2&limit=50'),
    ).toEqual({
      statuses: ['PENDING_REVIEW', 'RESOLVED'],
      levels: ['CRITICAL'],
      categories: ['SCA', 'SECRETS'],
      q: 'lodash',
      repositoryId: 'r1',
      scanId: null,
      sortBy: 'createdAt',
      sortOrder: 'asc',
      page: 2,
      limit: 50,
    });
  });

  it('drops unknown values', () => {
    expect(parseIssueFilters('?status=open&level=SEVERE,LOW&category=DAST&sort=cvss&order=up&page=0&limit=1000')).toEqual({
      ...DEFAULT_ISSUE_FILTERS,
      levels: ['LOW'],
    });
  });

  it('round-trips through the query string', () => {
    const f = { ...DEFAULT_ISSUE_FILTERS, q: 'exec(', categories: ['SAST' as const], scanId: 's 1', page: 3, limit: 100 as const };
    expect(parseIssueFilters(`?${issueFiltersToSearch(f).toString()}`)).toEqual(f);
  });

  it('builds the search body with paging from page and limit', () => {
    expect(issueFiltersToBody({ ...DEFAULT_ISSUE_FILTERS, levels: ['HIGH'], categories: ['SCA'], q: '  lodash ', scanId: 's1', page: 3, limit: 50 })).toEqual({
      scoreLevels: ['HIGH'],
      vulnCategories: ['SCA'],
      searchQuery: 'lodash',
      scanId: 's1',
      sortBy: 'score',
      sortOrder: 'desc',
      offset: 100,
      limit: 50,
    });
  });
});
