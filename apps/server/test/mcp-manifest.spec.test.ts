import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../src/routes/mcp-manifest.routes';
import { registeredRoutes } from '../src/routes/route';
import { type Harness, createHarness } from './harness';

/** Keywords (not property names: `properties` values are walked as schemas) the official MCP client validates (api-compat.md §2.18) plus `description`. */
const ALLOWED = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'minItems', 'maxItems',
  'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'anyOf', 'oneOf', 'allOf', '$ref', 'description',
]);

function keywords(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keywords(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      out.add(k);
      if (k === 'properties') Object.values(v as object).forEach((s) => keywords(s, out));
      else keywords(v, out);
    }
  }
  return out;
}

describe('MCP manifest', () => {
  let h: Harness;
  let manifest: ReturnType<typeof buildManifest>;
  beforeAll(async () => {
    h = await createHarness('sqlite');
    manifest = buildManifest(new Date('2026-11-27T00:00:00Z'), h.app);
  });
  afterAll(() => h.close());

  it('lists every action of the teams, tags, permissions, audit and organization-lifecycle families', () => {
    const families = /^\/api\/v2\/(teams|tags|permissionTemplates|permissions|auditLog)\/|^\/api\/v2\/organizations\/(create|update|delete|getSettings|updateSettings)$/;
    const wanted = registeredRoutes(h.app).map((r) => r.url).filter((u) => families.test(u));
    expect(wanted.length).toBeGreaterThanOrEqual(25);
    const paths = manifest.tools.map((t) => t.httpPath);
    expect(wanted.filter((u) => !paths.includes(u))).toEqual([]);
  });

  it('is version 2 with POST tools under /api/v2/ that hide organizationId', () => {
    expect(manifest.version).toBe(2);
    expect(manifest.tools.length).toBeGreaterThanOrEqual(10);
    for (const t of manifest.tools) {
      expect(t.httpMethod).toBe('POST');
      expect(t.httpPath.startsWith('/api/v2/')).toBe(true);
      expect(t.orgIdBehavior).toBe('inject-if-missing');
      expect(t.description.length).toBeGreaterThan(10);
      const schema = t.inputSchema as { type: string; properties: Record<string, unknown> };
      expect(schema.type).toBe('object');
      expect(schema.properties).not.toHaveProperty('organizationId');
    }
    expect(manifest.tools.find((t) => t.name === 'issues.list')?.httpPath).toBe('/api/v2/issues/search');
  });

  it('keeps tool names unique after the client rewrites them to [A-Za-z0-9_-]', () => {
    const rewritten = manifest.tools.map((t) => t.name.replace(/[^A-Za-z0-9_-]/g, '_'));
    expect(new Set(rewritten).size).toBe(rewritten.length);
  });

  it('uses only JSON-Schema keywords the client validates', () => {
    for (const t of manifest.tools) {
      expect([...keywords(t.inputSchema)].filter((k) => !ALLOWED.has(k)), t.name).toEqual([]);
    }
  });

  it('every listed path is a route the server answers', async () => {
    {
      const res = await h.app.inject({ method: 'GET', url: '/mcp-manifest.json' });
      expect(res.statusCode).toBe(200);
      expect(res.json().version).toBe(2);
      for (const t of manifest.tools) {
        const r = await h.app.inject({ method: 'POST', url: t.httpPath, payload: {} });
        expect(r.statusCode, t.httpPath).toBe(401);
      }
    }
  });
});

