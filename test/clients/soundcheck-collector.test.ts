import { expect } from 'vitest';
import { clientSuite, expectIssueV1, ok, scoreWindow } from './world';

// @zeropath/backstage-soundcheck: baseUrl from soundcheck.collectors.zeropath.baseUrl (trailing / stripped), both
// token headers, organizationId in every body; throws when repositories/list is not an array; aggregates
// severity windows client-side over issues/search.
clientSuite({
  client: 'Soundcheck collector',
  methods: {
    'POST /api/v1/repositories/list': async (w) => {
      const list = ok(await w.call('POST', '/api/v1/repositories/list', { organizationId: w.orgId }));
      if (!Array.isArray(list)) throw new Error('repositories/list is not an array'); // what the collector does
      // Entities match on repositoryName ?? name, `owner/repo` with .git stripped.
      const slug = 'acme/shop';
      const repo = list.find((r: any) => String(r.repositoryName ?? r.name).replace(/\.git$/, '') === slug);
      expect(repo?.id).toBe(w.repositoryId);
    },
    'POST /api/v1/issues/search': async (w) => {
      const r = ok(
        await w.call('POST', '/api/v1/issues/search', {
          organizationId: w.orgId, repositoryIds: [w.repositoryId], types: ['open'], returnAll: true, page: 1, pageSize: 500,
        }),
      );
      expect(typeof r.totalCount).toBe('number');
      expect(r.issues).toHaveLength(r.totalCount);
      const facts = { critical: 0, high: 0, medium: 0, low: 0 };
      for (const i of r.issues) {
        expectIssueV1(w, i);
        const level = scoreWindow(i.score);
        if (level) facts[level]++;
      }
      expect(Object.values(facts).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    },
  },
  todo: {
    'POST /api/v1/stats/securityPosture (older collector versions)': 'stats surface',
  },
});
