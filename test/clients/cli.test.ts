import { expect } from 'vitest';
import { clientSuite, ok } from './world';

// zeropath-cli (closed source): ZEROPATH_ENVIRONMENT base URL, ZEROPATH_API_TOKEN_ID/SECRET. Its endpoints are
// inferred (api-compat.md §2.11): resolve-by-url → scans/start → poll scans/list → issues/search counts, exit 1
// when vulnerabilities are found. This replays that flow.
clientSuite({
  client: 'CLI (inferred flow)',
  methods: {
    'scan --repository-url: resolve-by-url, scans/start, scans/list until finished, issues/search': async (w) => {
      const { repositoryId } = ok(await w.call('POST', '/api/v1/repositories/resolve-by-url', { repositoryUrl: w.repo.url, vcs: 'generic' }));
      expect(repositoryId).toBe(w.repositoryId);
      const { scanId } = ok(await w.call('POST', '/api/v1/scans/start', { organizationId: w.orgId, repositoryIds: [repositoryId] }));
      let done = false;
      for (let n = 0; n < 400 && !done; n++) {
        const { codeScans } = ok(await w.call('POST', '/api/v1/scans/list', { organizationId: w.orgId, scanId, page: 1, pageSize: 10 }));
        done = codeScans[0]?.finished === true;
        if (!done) await new Promise((r) => setTimeout(r, 150));
      }
      expect(done).toBe(true);
      const r = ok(await w.call('POST', '/api/v1/issues/search', { organizationId: w.orgId, scanId, types: ['open'], page: 1, pageSize: 1 }));
      const exitCode = r.totalCount > 0 ? 1 : 0;
      expect(exitCode).toBe(1);
    },
    'empty request body means no filters': async (w) => {
      const r = await w.p.app.inject({ method: 'POST', url: '/api/v1/issues/search', headers: w.headers });
      expect(ok({ status: r.statusCode, body: r.json(), contentType: String(r.headers['content-type']) }).totalCount).toBeGreaterThan(0);
    },
    'unknown body fields are ignored': async (w) => {
      const r = ok(await w.call('POST', '/api/v1/issues/search', { organizationId: w.orgId, cliVersion: '1.2.3', branch: 'main', format: 'sarif' }));
      expect(r.totalCount).toBeGreaterThan(0);
    },
  },
  todo: {
    'scan <dir> <out.sarif> / scan-code (local code upload)': 'async code scans surface',
    'zeropath auth <id> <secret> against http://localhost': 'a run of the closed-source binary (it may insist on https)',
  },
});
