import { expect } from 'vitest';
import { clientSuite, expectIssueUrl, failed, ok } from './world';

// ZeroPathAI/zeropath-mcp-server (current): GET /mcp-manifest.json at start-up (both token headers and
// X-ZeroPath-Client, no Content-Type), then only the manifest's /api/v2 POST paths; organizationId injected
// by the client from ZEROPATH_ORG_ID per orgIdBehavior and hidden from the LLM.
const CLIENT = { 'X-ZeroPath-Client': 'zeropath-mcp-server' };
const SUPPORTED_KEYWORDS = new Set([
  '$ref', 'allOf', 'anyOf', 'oneOf', 'const', 'enum', 'type', 'required', 'properties', 'additionalProperties', 'minItems', 'maxItems',
  'items', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'description', 'default', 'definitions', '$defs', '$schema',
]);

function keywords(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((n) => keywords(n, out));
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    out.add(k);
    if (k === 'properties' || k === 'definitions' || k === '$defs') Object.values(v as object).forEach((n) => keywords(n, out));
    else keywords(v, out);
  }
}

clientSuite({
  client: 'Official MCP server',
  methods: {
    'GET /mcp-manifest.json': async (w) => {
      const m = ok(await w.call('GET', '/mcp-manifest.json', undefined, { ...w.headers, ...CLIENT }));
      expect(m.version).toBe(2); // anything else is fatal
      const names = m.tools.map((t: any) => t.name.replace(/[^A-Za-z0-9_-]/g, '_'));
      expect(new Set(names).size).toBe(names.length); // duplicates after sanitising are fatal
      for (const t of m.tools) {
        expect(t.httpMethod).toBe('POST');
        expect(t.httpPath.startsWith('/api/v2/')).toBe(true);
        expect(typeof t.description).toBe('string');
        expect(typeof t.inputSchema).toBe('object');
        expect(['inject-if-missing', 'required', 'none']).toContain(t.orgIdBehavior);
        const used = new Set<string>();
        keywords(t.inputSchema, used);
        for (const k of used) if (!['properties', 'definitions', '$defs'].includes(k)) expect(SUPPORTED_KEYWORDS.has(k) || /^[a-z]/i.test(k), k).toBe(true);
      }
      expect(m.tools.map((t: any) => t.name)).toEqual(expect.arrayContaining(['issues.list', 'repositories.list']));
    },
    'issues.list → POST /api/v2/issues/search': async (w) => {
      const body = { offset: 0, limit: 25, statuses: ['PENDING_REVIEW'], sortBy: 'score', sortOrder: 'desc', organizationId: w.orgId };
      const r = ok(await w.call('POST', '/api/v2/issues/search', body, { ...w.headers, ...CLIENT }));
      expect(typeof r.totalCount).toBe('number');
      expect(r.issues.length).toBeGreaterThan(0);
      for (const i of r.issues) {
        expect(typeof i.id).toBe('string');
        expect(i.issueStatus).toBe('PENDING_REVIEW');
        expect(typeof i.score).toBe('number');
        expectIssueUrl(w, i);
      }
      // inject-if-missing: without ZEROPATH_ORG_ID the body has no organizationId; the token's org is used.
      const noOrg = ok(await w.call('POST', '/api/v2/issues/search', { limit: 100 }, { ...w.headers, ...CLIENT }));
      expect(noOrg.totalCount).toBeGreaterThanOrEqual(r.totalCount);
      failed(await w.call('POST', '/api/v2/issues/search', { limit: 101 }, { ...w.headers, ...CLIENT }), 400); // max 100
    },
    'issues.get → POST /api/v2/issues/get': async (w) => {
      const { issues } = ok(await w.call('POST', '/api/v2/issues/search', { limit: 1 }));
      const r = ok(await w.call('POST', '/api/v2/issues/get', { issueId: issues[0].id, organizationId: w.orgId }, { ...w.headers, ...CLIENT }));
      expect(r.issue.id).toBe(issues[0].id);
      expectIssueUrl(w, r.issue);
    },
    'repositories.list → POST /api/v2/repositories/list': async (w) => {
      const r = ok(await w.call('POST', '/api/v2/repositories/list', { organizationId: w.orgId }, { ...w.headers, ...CLIENT }));
      expect(r.repositories.map((x: any) => x.id)).toContain(w.repositoryId);
      failed(await w.call('POST', '/api/v2/repositories/list', {}, { 'X-ZeroPath-API-Token-Id': 'x', 'X-ZeroPath-API-Token-Secret': 'y', ...CLIENT }), 401);
    },
    'scans.list / scans.get → POST /api/v2/scans/list|get': async (w) => {
      const l = ok(await w.call('POST', '/api/v2/scans/list', { organizationId: w.orgId }, { ...w.headers, ...CLIENT }));
      expect(l.scans.map((s: any) => s.id)).toContain(w.scanId);
      const g = ok(await w.call('POST', '/api/v2/scans/get', { scanId: w.scanId }, { ...w.headers, ...CLIENT }));
      expect(g.scan.status).toBe('COMPLETED');
    },
    'issues.updateStatus / updateSeverity / archive / updateNote / triageHistory (manifest tools)': async (w) => {
      const manifest = ok(await w.call('GET', '/mcp-manifest.json', undefined, CLIENT));
      const tool = (name: string) => manifest.tools.find((t: any) => t.name === name);
      for (const n of ['issues.updateStatus', 'issues.updateSeverity', 'issues.archive', 'issues.updateNote', 'issues.triageHistory']) expect(tool(n)?.httpMethod, n).toBe('POST');
      const { issues } = ok(await w.call('POST', '/api/v2/issues/search', { organizationId: w.orgId }, { ...w.headers, ...CLIENT }));
      const issueId = issues[0].id;
      // The client injects organizationId when missing (orgIdBehavior inject-if-missing).
      const call = (name: string, body: object) => w.call('POST', tool(name).httpPath, { organizationId: w.orgId, ...body }, { ...w.headers, ...CLIENT });
      expect(ok(await call('issues.updateStatus', { issueIds: [issueId], status: 'REVIEWING' })).updated).toBe(1);
      expect(ok(await call('issues.updateNote', { issueId, note: 'from the MCP client' })).note).toBe('from the MCP client');
      const history = ok(await call('issues.triageHistory', { repositoryId: w.repositoryId }));
      expect(history.entries.some((e: any) => e.issueId === issueId && e.disposition === 'STATUS_CHANGE')).toBe(true);
      const g = ok(await w.call('POST', '/api/v2/issues/get', { issueId }, { ...w.headers, ...CLIENT }));
      expect(g.issue.issueStatus).toBe('REVIEWING');
      expect(g.issue.note).toBe('from the MCP client');
    },
  },
  todo: {
    'stats.assets → POST /api/v2/stats/assets': 'stats surface',
    'rules.get / rules.* → POST /api/v2/rules/*': 'custom rules surface',
    'issues regenerate-patch': 'patches surface',
    'code inspection tools (search/read/list files)': 'code inspection surface',
    'asyncCodeScans.* → POST /api/v2/async-code-scans/*': 'async code scans surface',
    'ChatKit-token and cookie auth modes': 'alternative auth modes',
  },
});
