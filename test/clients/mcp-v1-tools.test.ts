import { expect } from 'vitest';
import { V1_BUCKETS, clientSuite, expectIssueUrl, expectIssueV1, ok } from './world';

// The hand-written V1 tools of the MCP server (V1 era, df43a38): https://zeropath.com/api/v1 + path,
// ZEROPATH_TOKEN_ID/SECRET and ZEROPATH_ORG_ID in every body.
clientSuite({
  client: 'MCP server V1 tools',
  methods: {
    'POST /api/v1/issues/search (searchQuery only)': async (w) => {
      const r = ok(await w.call('POST', '/api/v1/issues/search', { organizationId: w.orgId, searchQuery: 'lodash' }));
      expect(r.issues.length).toBeGreaterThan(0);
      for (const i of r.issues) expectIssueV1(w, i);
    },
    'POST /api/v1/issues/get': async (w) => {
      const { issues } = ok(await w.call('POST', '/api/v1/issues/search', { organizationId: w.orgId, types: V1_BUCKETS }));
      const got = ok(await w.call('POST', '/api/v1/issues/get', { issueId: issues[0].id, organizationId: w.orgId }));
      expectIssueV1(w, got);
      expect('patch' in got || 'vulnerabilityPatch' in got).toBe(true);
    },
    'POST /api/v1/repositories/list': async (w) => {
      const list = ok(await w.call('POST', '/api/v1/repositories/list', { organizationId: w.orgId }));
      const arr = Array.isArray(list) ? list : (list.repositories ?? list.items);
      expect(arr.map((r: any) => r.id)).toContain(w.repositoryId);
    },
    'POST /api/v1/scans/list': async (w) => {
      for (const scanType of ['FullScan', 'SCAScan']) {
        const r = ok(await w.call('POST', '/api/v1/scans/list', { organizationId: w.orgId, page: 1, pageSize: 50, returnAll: false, scanType }));
        const scans = r.codeScans ?? r.scans ?? r.items;
        expect(Array.isArray(scans)).toBe(true);
        expect(typeof r.totalCount).toBe('number');
      }
    },
    'POST /api/v1/scans/start (repositoryIds as a JSON string)': async (w) => {
      const r = ok(await w.call('POST', '/api/v1/scans/start', { organizationId: w.orgId, repositoryIds: JSON.stringify([w.repositoryId]) }));
      expect(typeof (r.scanId ?? r.id)).toBe('string');
      await w.p.waitForScan(r.scanId);
    },
    'POST /api/v1/sca/vulnerabilities/search': async (w) => {
      const r = ok(
        await w.call('POST', '/api/v1/sca/vulnerabilities/search', {
          organizationId: w.orgId, page: 1, pageSize: 50, repositoryIds: [w.repositoryId], ecosystems: ['npm'], transitivity: 'direct',
        }),
      );
      const items = r.vulnerabilities ?? r.items;
      expect(items.length).toBeGreaterThan(0);
      expect(r.page).toBe(1);
      expect(r.pageSize).toBe(50);
      expect(typeof r.totalCount).toBe('number');
      for (const v of items) {
        expect(typeof v.id).toBe('string');
        expect(typeof v.package.name).toBe('string');
        expect(typeof v.package.version).toBe('string');
        expect(v.package.ecosystem).toBe('npm');
        expect(typeof v.package.manifestPath).toBe('string');
        expect(typeof v.metadata.severity).toBe('string');
        expect(typeof v.metadata.severityScore).toBe('number');
        expect(Array.isArray(v.metadata.aliases)).toBe(true);
        expect(v.repositoryId).toBe(w.repositoryId);
        expect(typeof v.branch).toBe('string');
        expectIssueUrl(w, v);
      }
    },
    'POST /api/v1/sca/vulnerabilities/get': async (w) => {
      const { vulnerabilities } = ok(await w.call('POST', '/api/v1/sca/vulnerabilities/search', { organizationId: w.orgId }));
      const v = ok(await w.call('POST', '/api/v1/sca/vulnerabilities/get', { organizationId: w.orgId, id: vulnerabilities[0].id }));
      for (const k of ['id', 'packageName', 'version', 'ecosystem', 'severity', 'summary', 'description']) expect(typeof v[k], k).toBe('string');
      expect(typeof (v.cvssScore ?? v.severityScore)).toBe('number');
      expect(Array.isArray(v.aliases)).toBe(true);
      expect(Array.isArray(v.references)).toBe(true);
      expect('fixedVersion' in v && 'cve' in v).toBe(true);
      expectIssueUrl(w, v);
    },
    'POST /api/v1/sca/repositories/search': async (w) => {
      const r = ok(await w.call('POST', '/api/v1/sca/repositories/search', { organizationId: w.orgId }));
      const repo = (r.repositories ?? r).find((x: any) => (x.id ?? x.repositoryId) === w.repositoryId);
      for (const k of ['totalDependencies', 'vulnerablePackages', 'criticalCount', 'highCount', 'mediumCount', 'lowCount']) expect(typeof repo[k], k).toBe('number');
      expect(typeof repo.name).toBe('string');
    },
    // The V1 triage tools send {issueId, organizationId} and only check for a 200 without an `error` key.
    'POST /api/v1/issues/mark-false-positive, mark-true-positive, archive, unarchive': async (w) => {
      const { issues } = ok(await w.call('POST', '/api/v1/issues/search', { organizationId: w.orgId, types: V1_BUCKETS }));
      const issueId = issues[0].id;
      const status = async () => ok(await w.call('POST', '/api/v1/issues/get', { issueId, organizationId: w.orgId })).status;
      ok(await w.call('POST', '/api/v1/issues/mark-false-positive', { issueId, organizationId: w.orgId }));
      expect(await status()).toBe('falsePositive');
      ok(await w.call('POST', '/api/v1/issues/mark-true-positive', { issueId, organizationId: w.orgId }));
      expect(await status()).toBe('open');
      ok(await w.call('POST', '/api/v1/issues/archive', { issueId, organizationId: w.orgId }));
      expect(await status()).toBe('archived');
      ok(await w.call('POST', '/api/v1/issues/unarchive', { issueId, organizationId: w.orgId }));
      expect(await status()).toBe('open');
    },
  },
  todo: {
    'POST /api/v1/issues/approve-patch': 'patches surface',
    'POST /api/v1/issues/generate-patch': 'patches surface',
    'POST /api/v1/stats/securityPosture': 'stats surface',
    'POST /api/v1/stats/issuesByVulnClass': 'stats surface',
    'POST /api/v1/stats/summary': 'stats surface',
  },
});
