import type { FindingInput } from '@nullpath/core';
import { TEST_DIALECTS } from '@nullpath/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitFixture } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

const finding = (i: number, over: Partial<FindingInput> = {}): FindingInput => ({
  fingerprint: `fp-${i}`, category: 'SAST', ruleId: 'js.injection.sql', vulnClass: 'SQL Injection', cwes: ['CWE-89'], language: 'javascript',
  title: `Query built from input #${i}`, description: 'd', remediation: null, score: i, confidence: 90, file: `src/f${i}.js`,
  startLine: 1, endLine: 1, startColumn: 1, endColumn: 2, snippet: null, trace: null, sca: null, ...over,
});

/** Search filters over ingested findings (scores 0–100 one each), checked against exact expectations. */
describe.each(TEST_DIALECTS)('issue search filters on %s', (dialect) => {
  let p: Pipeline;
  let repo: GitFixture;
  let scanId: string;
  let repositoryId: string;
  beforeAll(async () => {
    p = await createPipeline(dialect, { worker: false });
    repo = new GitFixture().write({ 'a.txt': 'a' });
    repo.commit('a');
    repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
    scanId = (await p.api('/api/v2/scans/start', { repositoryId })).body.scan.id;
    await p.services.scanExecution.begin(scanId);
    const findings = Array.from({ length: 101 }, (_, i) =>
      finding(i, i % 10 === 0 ? { category: 'SECRETS', vulnClass: 'Exposed Secret', ruleId: 'generic.secrets.aws', title: `AWS key 100%_real #${i}` } : {}),
    );
    await p.services.scanExecution.complete(scanId, { commitSha: null, findings, components: [] });
  }, 60_000);
  afterAll(async () => {
    await p.close();
    repo.destroy();
  });

  const search = async (body: object) => (await p.api('/api/v2/issues/search', { limit: 100, ...body })).body;

  it('filters by score level windows and whole-number score ranges (fractional bounds round inward)', async () => {
    const r = await search({ scoreLevels: ['CRITICAL', 'HIGH'] });
    expect(r.totalCount).toBe(31);
    expect(r.issues.every((i: any) => i.score >= 70 && ['CRITICAL', 'HIGH'].includes(i.scoreLevel))).toBe(true);
    expect((await search({ scoreLevels: ['INFO'] })).totalCount).toBe(10);
    const range = await search({ scoreRange: { min: 39.5, max: 42.5 } });
    expect(range.issues.map((i: any) => i.score).sort()).toEqual([40, 41, 42]);
    expect(range.totalCount).toBe(3);
    expect((await p.api('/api/v2/issues/search', { scoreRange: { min: 50, max: 10 } })).status).toBe(400);
  });

  it('searches text literally (% and _ are not wildcards) and by scan, category, class', async () => {
    expect((await search({ searchQuery: '100%_real' })).totalCount).toBe(11);
    expect((await search({ searchQuery: '%' })).totalCount).toBe(11);
    expect((await search({ searchQuery: 'src/f7.js' })).issues.map((i: any) => i.location.file)).toEqual(['src/f7.js']);
    expect((await search({ scanId })).totalCount).toBe(101);
    expect((await search({ scanId: 'nope' })).totalCount).toBe(0);
    expect((await search({ vulnCategories: ['SECRETS'] })).totalCount).toBe(11);
    expect((await search({ vulnerabilityClasses: ['SQL Injection'], scoreLevels: ['CRITICAL'] })).totalCount).toBe(9);
    expect((await search({ repositoryBranches: [{ repositoryId, branch: 'main' }] })).totalCount).toBe(101);
    expect((await search({ repositoryBranches: [{ repositoryId, branch: 'other' }] })).totalCount).toBe(0);
  });

  it('sorts and pages with a stable order and an exact total', async () => {
    const page1 = await search({ limit: 10, offset: 0, sortBy: 'score', sortOrder: 'desc' });
    const page2 = await search({ limit: 10, offset: 10, sortBy: 'score', sortOrder: 'desc' });
    expect(page1.totalCount).toBe(101);
    expect(page1.issues.map((i: any) => i.score)).toEqual([100, 99, 98, 97, 96, 95, 94, 93, 92, 91]);
    expect(page2.issues[0].score).toBe(90);
    const asc = await search({ limit: 3, sortBy: 'score', sortOrder: 'asc' });
    expect(asc.issues.map((i: any) => i.score)).toEqual([0, 1, 2]);
    expect((await p.api('/api/v2/issues/search', { limit: 101 })).status).toBe(400);
  });

  it('answers V1 filters: severities on 0–10, status buckets, counts per bucket under the same filters', async () => {
    const r = (await p.api('/api/v1/issues/search', { severities: { min: 9, max: 10 }, pageSize: 500 })).body;
    expect(r.totalCount).toBe(11);
    expect(r.issues.every((i: any) => i.severity >= 9)).toBe(true);
    expect(r.categoryCounts).toEqual({ open: 11, patched: 0, falsePositive: 0, notExploitable: 0, archived: 0, processing: 0, silenced: 0, closed: 0 });
    const closed = (await p.api('/api/v1/issues/search', { types: ['closed'] })).body;
    expect(closed.totalCount).toBe(0);
    const rule = (await p.api('/api/v1/issues/search', { ruleId: 'generic.secrets.aws', pageSize: 500 })).body;
    expect(rule.totalCount).toBe(11);
  });
});
