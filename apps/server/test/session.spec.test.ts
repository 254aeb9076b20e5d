import { TEST_DIALECTS } from '@nullpath/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, type SeededOrg, createHarness, errorOf, post } from './harness';

describe.each(TEST_DIALECTS)('dashboard sessions on %s', (dialect) => {
  let h: Harness;
  let org: SeededOrg;
  beforeEach(async () => {
    h = await createHarness(dialect);
    org = await h.seedOrg('Acme');
  });
  afterEach(() => h.close());

  const login = () => post(h, '/auth/login', { email: org.admin.email, password: org.admin.password });
  const cookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie']).split(';')[0]!;

  it('refuses a wrong password with a generic 401', async () => {
    const res = await post(h, '/auth/login', { email: org.admin.email, password: 'wrong password' });
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).error).toBe('Invalid email or password');
    const unknown = await post(h, '/auth/login', { email: 'nobody@example.com', password: 'wrong password' });
    expect(errorOf(unknown).error).toBe('Invalid email or password');
  });

  it('sets an httpOnly SameSite=Strict cookie and requires the CSRF header for writes', async () => {
    const res = await login();
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/np_session=[^;]+;.*HttpOnly.*SameSite=Strict/i);
    const { csrfToken, organizations } = res.json();
    expect(organizations).toEqual([{ id: org.orgId, name: 'Acme', role: 'ADMIN' }]);
    const cookie = cookieOf(res);

    const noCsrf = await post(h, '/api/v2/apiTokens/create', { organizationId: org.orgId }, { cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(errorOf(noCsrf).error).toMatch(/CSRF/);
    const badCsrf = await post(h, '/api/v2/apiTokens/create', { organizationId: org.orgId }, { cookie, 'x-csrf-token': 'ab'.repeat(32) });
    expect(badCsrf.statusCode).toBe(403);
    const ok = await post(h, '/api/v2/apiTokens/create', { organizationId: org.orgId, name: 'ui' }, { cookie, 'x-csrf-token': csrfToken });
    expect(ok.statusCode).toBe(200);

    const session = await h.app.inject({ method: 'GET', url: '/auth/session', headers: { cookie } });
    expect(session.json()).toMatchObject({ user: { email: org.admin.email }, csrfToken });
  });

  it('logout without the CSRF token is refused and keeps the session', async () => {
    const res = await login();
    const cookie = cookieOf(res);
    const refused = await post(h, '/auth/logout', {}, { cookie });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('Missing or invalid CSRF token (send the X-CSRF-Token header from /auth/session)');
    const still = await post(h, '/api/v1/orgs/list', {}, { cookie, 'x-csrf-token': res.json().csrfToken });
    expect(still.statusCode).toBe(200);
  });

  it('sends security headers on API responses, HSTS only over https', async () => {
    const res = await post(h, '/api/v1/orgs/list', {});
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('logout ends the session', async () => {
    const res = await login();
    const cookie = cookieOf(res);
    await post(h, '/auth/logout', {}, { cookie, 'x-csrf-token': res.json().csrfToken });
    const after = await post(h, '/api/v1/orgs/list', {}, { cookie, 'x-csrf-token': res.json().csrfToken });
    expect(after.statusCode).toBe(401);
  });

  it('lists every organization of a user, oldest membership first', async () => {
    const other = await h.seedOrg('Globex');
    await other.addUser('MEMBER', org.admin.email);
    const res = await login();
    const list = await post(h, '/api/v1/orgs/list', {}, { cookie: cookieOf(res), 'x-csrf-token': res.json().csrfToken });
    expect(list.json()).toEqual([
      { id: org.orgId, name: 'Acme', role: 'ADMIN' },
      { id: other.orgId, name: 'Globex', role: 'MEMBER' },
    ]);
  });
});
