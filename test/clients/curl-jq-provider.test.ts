import { expect } from 'vitest';
import { clientSuite, failed, ok } from './world';

// RALPH providers/zeropath/provider.sh (bash + curl + jq): POST $ZEROPATH_API_URL/issues/search, pages until it
// has totalCount issues, and treats any `.error` key as a failure even with HTTP 200.
clientSuite({
  client: 'curl/jq provider (RALPH)',
  methods: {
    'POST /api/v1/issues/search (paged by totalCount)': async (w) => {
      const seen: any[] = [];
      let total = Infinity;
      for (let page = 1; seen.length < total && page <= 50; page++) {
        const r = await w.call('POST', '/api/v1/issues/search', {
          organizationId: w.orgId, repositoryIds: [w.repositoryId], types: ['open'], severities: { min: 0, max: 10 }, page, pageSize: 2,
        });
        const body = ok(r); // no `error` key on success
        total = body.totalCount;
        if (body.issues.length === 0) break;
        seen.push(...body.issues);
      }
      expect(total).toBeGreaterThan(2); // really paged
      expect(seen).toHaveLength(total);
      expect(new Set(seen.map((i) => i.id)).size).toBe(total);
      for (const i of seen) {
        expect(typeof i.severity).toBe('number'); // ≥9 / ≥7 / ≥4 buckets
        expect(i).toHaveProperty('codeSnippet');
        expect(i).toHaveProperty('fixRecommendation');
        expect(typeof i.url).toBe('string');
      }
    },
    'POST /api/v1/issues/search with a bad secret (error key)': async (w) => {
      const r = await w.call('POST', '/api/v1/issues/search', { organizationId: w.orgId, page: 1, pageSize: 50 }, {
        ...w.headers, 'X-ZeroPath-API-Token-Secret': 'npt_wrong',
      });
      failed(r, 401);
    },
  },
});
