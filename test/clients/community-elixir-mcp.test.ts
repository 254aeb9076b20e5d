import { expect } from 'vitest';
import { V1_BUCKETS, clientSuite, expectIssueV1, failed, ok } from './world';

// zoedsoupe/zeropath-mcp (Elixir): ZEROPATH_API_URL is the full prefix (…/api/v1), paths are relative to it;
// token id/secret and organization id are required; success means exactly 200.
const API = '/api/v1';

clientSuite({
  client: 'Community Elixir MCP',
  methods: {
    'POST /api/v1/issues/search': async (w) => {
      const r = await w.call('POST', `${API}/issues/search`, { organizationId: w.orgId, searchQuery: 'command' });
      expect(r.status).toBe(200);
      const body = ok(r);
      expect(body.issues.length).toBeGreaterThan(0);
      for (const i of body.issues) {
        expectIssueV1(w, i);
        // ZOE maps the numeric severity: ≥9 critical, ≥7 high, ≥4 medium, ≥0.1 low.
        expect(i.severity).toBeGreaterThanOrEqual(0.1);
      }
    },
    'POST /api/v1/issues/get': async (w) => {
      const { issues } = ok(await w.call('POST', `${API}/issues/search`, { organizationId: w.orgId, types: V1_BUCKETS }));
      const got = ok(await w.call('POST', `${API}/issues/get`, { issueId: issues[0].id, organizationId: w.orgId }));
      expect(Object.keys(got).length).toBeGreaterThan(0); // an empty body counts as an error
      expectIssueV1(w, got);
      expect('patch' in got || 'vulnerabilityPatch' in got).toBe(true);
      failed(await w.call('POST', `${API}/issues/get`, { issueId: 'no-such-issue', organizationId: w.orgId }), 404);
    },
  },
  todo: {
    'POST /api/v1/issues/approve-patch': 'AI patches and pull requests (patches surface)',
  },
});
