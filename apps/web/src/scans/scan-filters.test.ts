import { describe, expect, it } from 'vitest';
import { parseScanFilters, scanFiltersToBody, scanFiltersToSearch } from './scan-filters';

describe('scan filters', () => {
  it('reads every filter from the query string', () => {
    expect(parseScanFilters('?repositoryId=r1&type=PrScan&status=QUEUED,RUNNING&severity=High&latestPerPr=1&page=3')).toEqual({
      repositoryId: 'r1',
      type: 'PrScan',
      statuses: ['QUEUED', 'RUNNING'],
      severity: 'High',
      latestPerPr: true,
      page: 3,
    });
  });

  it('drops unknown values and bad pages', () => {
    expect(parseScanFilters('?type=SCAScan&status=RUNNING,BOGUS&severity=INFO&page=-2')).toEqual({
      repositoryId: null,
      type: null,
      statuses: ['RUNNING'],
      severity: null,
      latestPerPr: false,
      page: 1,
    });
  });

  it('round-trips through the query string', () => {
    const f = parseScanFilters('?repositoryId=r%201&status=FAILED&latestPerPr=1&page=2');
    expect(parseScanFilters(`?${scanFiltersToSearch(f).toString()}`)).toEqual(f);
  });

  it('leaves defaults out of the URL', () => {
    expect(scanFiltersToSearch(parseScanFilters('')).toString()).toBe('');
  });

  it('builds the list body with paging and only the set filters', () => {
    expect(scanFiltersToBody(parseScanFilters('?status=COMPLETED&severity=Critical&page=2'))).toEqual({
      statuses: ['COMPLETED'],
      severityLevel: 'Critical',
      offset: 25,
      limit: 25,
    });
    expect(scanFiltersToBody(parseScanFilters('?repositoryId=r1&type=FullScan&latestPerPr=1'))).toEqual({
      repositoryIds: ['r1'],
      types: ['FullScan'],
      latestPerPr: true,
      offset: 0,
      limit: 25,
    });
  });
});
