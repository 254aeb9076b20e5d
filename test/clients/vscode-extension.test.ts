import { expect } from 'vitest';
import { clientSuite, expectCategoryCounts, expectIssueV1, ok } from './world';

// ZeroPath.zeropath-security (VS Code): zeropath.apiBaseUrl, SecretStorage clientId/clientSecret sent as the two
// token headers, organizationId auto-filled from the first orgs/list element.
clientSuite({
  client: 'VS Code extension',
  methods: {
    'POST /api/v1/orgs/list': async (w) => {
      const orgs = ok(await w.call('POST', '/api/v1/orgs/list', {}));
      expect(Array.isArray(orgs)).toBe(true);
      expect(orgs[0].id).toBe(w.orgId); // the extension takes [0].id
      expect(typeof orgs[0].name).toBe('string');
    },
    'POST /api/v1/repositories/resolve-by-url': async (w) => {
      const r = ok(await w.call('POST', '/api/v1/repositories/resolve-by-url', { repositoryUrl: w.repo.url, vcs: 'generic', organizationId: w.orgId }));
      expect(r.repositoryId).toBe(w.repositoryId);
      const miss = ok(
        await w.call('POST', '/api/v1/repositories/resolve-by-url', { repositoryUrl: 'https://github.com/nobody/nothing', vcs: 'github', organizationId: w.orgId }),
      );
      expect(miss.repositoryId ?? '').toBe(''); // missing/empty id = not found
    },
    'POST /api/v1/scans/list': async (w) => {
      const r = ok(
        await w.call('POST', '/api/v1/scans/list', {
          organizationId: w.orgId, repositoryIds: [w.repositoryId], scanType: 'FullScan', page: 1, pageSize: 10,
          returnAll: false, showEphemeral: false, sortBy: 'createdAt', sortOrder: 'desc',
        }),
      );
      expect(r.totalCount).toBe(1);
      const s = r.codeScans[0];
      expect(s.scanId).toBe(w.scanId);
      expect(s.repositoryId).toBe(w.repositoryId);
      expect(s.finished || s.codeScanFinished || s.status === 'completed' || s.status === 'finished').toBe(true);
      expect(s.status).toBe('completed');
      for (const k of ['open', 'patched', 'falsePositive', 'archived', 'processing']) expect(typeof s.issueCounts[k], k).toBe('number');
      expect(s.dashboardUrl).toBe(`${w.publicUrl}/scans/${w.scanId}`);
    },
    'POST /api/v1/issues/search': async (w) => {
      const r = ok(
        await w.call('POST', '/api/v1/issues/search', {
          organizationId: w.orgId, repositoryIds: [w.repositoryId], scanId: w.scanId, codeScanTypes: ['FullScan'], types: ['open'],
          page: 1, pageSize: 100, getCounts: true, returnAll: false,
        }),
      );
      expect(r.issues.length).toBeGreaterThan(0);
      expectCategoryCounts(r.categoryCounts);
      expect(typeof r.totalCountAllCategories).toBe('number');
      expect(r.currentPage).toBe(1);
      expect(r.pageSize).toBe(100);
      for (const i of r.issues) {
        expectIssueV1(w, i);
        if (i.vulnCategory === 'SAST') {
          expect(typeof i.affectedFile).toBe('string');
          expect(typeof i.startLine).toBe('number');
        }
      }
    },
  },
  todo: {
    'POST /api/v1/issues/generate-patch': 'AI patch generation (patches surface)',
    'patch.gitDiff applied with git apply -p0': 'patches surface',
  },
});
