import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { TEST_DIALECTS } from '@nullpath/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, createHarness, errorOf, post } from './harness';

describe.each(TEST_DIALECTS)('HTTP conventions on %s', (dialect) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(dialect);
  });
  afterEach(() => h.close());

  it('GET /healthz needs no authentication and carries a request id', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: '0.1.0', database: dialect });
    expect(res.headers['x-request-id']).toMatch(/^req_/);
  });

  it('V1 orgs/list is a bare array that accepts an empty body, also under /zeropath', async () => {
    const org = await h.seedOrg('Acme');
    const t = await org.token(org.admin);
    for (const url of ['/api/v1/orgs/list', '/zeropath/api/v1/orgs/list']) {
      const res = await h.app.inject({ method: 'POST', url, headers: t.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual([{ id: org.orgId, name: 'Acme', role: 'ADMIN' }]);
    }
  });

  it('answers malformed JSON, unknown routes and wrong methods with the JSON envelope', async () => {
    const org = await h.seedOrg('Acme');
    const t = await org.token(org.admin);
    const bad = await h.app.inject({
      method: 'POST', url: '/api/v2/apiTokens/create', payload: '{"name": ', headers: { ...t.headers, 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).code).toBe('VALIDATION_FAILED');
    const missing = await post(h, '/api/v2/nothing/here', {});
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', error: 'No route for POST /api/v2/nothing/here' });
  });

  it('keeps a plain caller-supplied request id and replaces a suspicious one', async () => {
    const kept = await h.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'ci-run-42' } });
    expect(kept.headers['x-request-id']).toBe('ci-run-42');
    const replaced = await h.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'a\nforged log line' } });
    expect(replaced.headers['x-request-id']).toMatch(/^req_/);
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas, and the docs UI', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const create = doc.paths['/api/v2/apiTokens/create'].post;
    expect(create.requestBody.content['application/json'].schema.properties.expirationDays).toMatchObject({ minimum: 1, maximum: 365 });
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/orgs/list', '/api/v2/organizations/removeMember', '/healthz']));
    // The permissions page is generated from the catalogue, and every route says what it requires.
    expect(doc.info.description).toContain('| `TEAM_MANAGE` | organization |');
    expect(doc.info.description).toContain('TEAMS_ONLY');
    expect(doc.paths['/api/v2/teams/updatePermissions'].post.description).toContain('Requires TEAM_MANAGE.');
    expect(doc.paths['/api/v2/auditLog/list'].post.description).toContain('Requires the ADMIN role.');
    const docs = await h.app.inject({ method: 'GET', url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('<html');
  });
});

describe('internal errors', () => {
  it('answer 500 with the envelope and no database detail when storage fails', async () => {
    const h = await createHarness('sqlite');
    const org = await h.seedOrg('Acme');
    const t = await org.token(org.admin);
    await h.db.destroy();
    const res = await post(h, '/api/v1/orgs/list', {}, t.headers);
    expect(res.statusCode).toBe(500);
    expect(errorOf(res)).toMatchObject({ error: 'Internal server error', code: 'INTERNAL' });
    expect(res.body).not.toMatch(/sqlite|database|driver/i);
    expect(h.logs.join('')).toContain('request failed');
    await h.app.close();
    rmSync(dirname(h.location), { recursive: true, force: true });
  });
});
