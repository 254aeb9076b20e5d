import { expect } from 'vitest';
import { V1_BUCKETS, clientSuite, expectCategoryCounts, expectIssueV1, ok, scoreWindow } from './world';

// @zeropath/plugin-backstage (api-compat.md §4.1): calls {proxy}/zeropath/api/v1/..., the proxy adds both token
// headers, and the plugin merges `organizationId` from app-config into every body ahead of the call's own fields.
clientSuite({
  client: 'Backstage plugin',
  methods: {
    'POST /zeropath/api/v1/repositories/list': async (w) => {
      const list = ok(await w.call('POST', '/zeropath/api/v1/repositories/list', { organizationId: w.orgId }));
      expect(Array.isArray(list)).toBe(true); // a non-array shows nothing
      const repo = list.find((r: any) => (r.repositoryName ?? r.name) === 'acme/shop');
      expect(repo).toBeDefined();
      expect(repo.id).toBe(w.repositoryId);
      expect(repo.tags).toEqual(['demo']);
      for (const k of ['open', 'newOpen', 'processing', 'patched', 'archived', 'falsePositive', 'patchable', 'closed']) {
        expect(typeof repo.issueCounts[k], k).toBe('number');
      }
      expect(repo.issueCounts.open).toBeGreaterThan(0);
      expect(typeof repo.url).toBe('string');
      expect(repo.dashboardUrl).toBe(`${w.publicUrl}/repositories/${w.repositoryId}`);
    },
    'POST /zeropath/api/v1/issues/search': async (w) => {
      const body = {
        organizationId: w.orgId, repositoryIds: [w.repositoryId], types: ['open'], returnAll: true, getCounts: true,
        sortBy: 'score', sortOrder: 'desc', page: 1, pageSize: 500,
      };
      const r = ok(await w.call('POST', '/zeropath/api/v1/issues/search', body));
      expect(r.issues.length).toBeGreaterThan(0);
      expect(r.totalCount).toBe(r.issues.length);
      expectCategoryCounts(r.categoryCounts);
      expect(r.categoryCounts.open).toBe(r.totalCount);
      for (const i of r.issues) {
        expectIssueV1(w, i);
        expect(i.status).toBe('open');
      }
      const scores = r.issues.map((i: any) => i.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a)); // sortBy score desc
      expect(r.issues.some((i: any) => scoreWindow(i.score) !== null)).toBe(true);
    },
    'POST /zeropath/api/v1/issues/get': async (w) => {
      const { issues } = ok(await w.call('POST', '/zeropath/api/v1/issues/search', { organizationId: w.orgId, types: V1_BUCKETS }));
      const got = ok(await w.call('POST', '/zeropath/api/v1/issues/get', { organizationId: w.orgId, issueId: issues[0].id }));
      expectIssueV1(w, got);
      expect(got.id).toBe(issues[0].id);
      expect('patch' in got || 'vulnerabilityPatch' in got).toBe(true);
      // The "View" link: patch.prLink when a PR exists, else the issue's own url.
      if (got.patch !== null) expect(typeof got.patch.prLink).toBe('string');
      expect(typeof (got.patch?.prLink ?? got.url)).toBe('string');
    },
  },
  todo: {
    'issues/get patch.prLink (a real PR link)': 'AI patch generation and pull requests (patches surface)',
  },
});
