import { readFileSync } from 'node:fs';
import { isUuid, isWellFormedTokenSecret } from '@nullpath/core';
import { auditRepo } from '@nullpath/db';
import { TEST_DIALECTS } from '@nullpath/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, type SeededOrg, createHarness, errorOf, post, tokenHeaders } from './harness';

const GENERIC = 'Invalid, expired or missing API token';

describe.each(TEST_DIALECTS)('API tokens on %s', (dialect) => {
  let h: Harness;
  let org: SeededOrg;
  beforeEach(async () => {
    h = await createHarness(dialect);
    org = await h.seedOrg('Acme');
  });
  afterEach(() => h.close());

  it('creates a token with a checksummed secret shown once, default 30 days', async () => {
    const admin = await org.token(org.admin);
    const res = await post(h, '/api/v2/apiTokens/create', { name: 'ci' }, admin.headers);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(isUuid(body.tokenId)).toBe(true);
    expect(body.tokenSecret).toMatch(/^npt_[0-9A-Za-z]{49}$/);
    expect(isWellFormedTokenSecret(body.tokenSecret)).toBe(true);
    expect(body.expiresAt).toBe('2026-12-27T12:00:00.000Z');
    expect(body.organizationId).toBe(org.orgId);

    const list = await post(h, '/api/v2/apiTokens/list', {}, admin.headers);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(body.tokenSecret);
    const listed = list.json().tokens.find((t: { tokenId: string }) => t.tokenId === body.tokenId);
    expect(listed).toMatchObject({ name: 'ci', status: 'active', lastUsedAt: null, creator: { email: org.admin.email } });
    expect(Object.keys(listed).sort()).toEqual(['createdAt', 'creator', 'expiresAt', 'lastUsedAt', 'name', 'status', 'tokenId']);
  });

  it('honours expirationDays 1 and 365 exactly', async () => {
    const admin = await org.token(org.admin, { days: 365 });
    const one = await post(h, '/api/v2/apiTokens/create', { expirationDays: 1 }, admin.headers);
    expect(one.json().expiresAt).toBe('2026-11-28T12:00:00.000Z');
    const max = await post(h, '/api/v2/apiTokens/create', { expirationDays: 365 }, admin.headers);
    expect(max.json().expiresAt).toBe('2027-11-27T12:00:00.000Z');
  });

  it.each([
    [{ expirationDays: 0 }, 'body.expirationDays'],
    [{ expirationDays: 366 }, 'body.expirationDays'],
    [{ expirationDays: 1.5 }, 'body.expirationDays'],
    [{ expirationDays: '30' }, 'body.expirationDays'],
    [{ name: 'x'.repeat(101) }, 'body.name'],
  ])('rejects %j with a 400 naming %s and creates nothing', async (body, field) => {
    const admin = await org.token(org.admin);
    const res = await post(h, '/api/v2/apiTokens/create', body, admin.headers);
    expect(res.statusCode).toBe(400);
    const err = errorOf(res);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.error.startsWith(`${field}:`)).toBe(true);
    const list = await post(h, '/api/v2/apiTokens/list', {}, admin.headers);
    expect(list.json().totalCount).toBe(1);
  });

  it('answers every kind of bad credential with the same 401', async () => {
    const good = await org.token(org.admin);
    const other = await org.token(org.admin);
    const cases: Array<Record<string, string>> = [
      {},
      { 'x-zeropath-api-token-id': good.tokenId },
      { 'x-zeropath-api-token-secret': good.tokenSecret },
      tokenHeaders('not-a-uuid', good.tokenSecret),
      tokenHeaders(good.tokenId, 'npt_short'),
      tokenHeaders('6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', good.tokenSecret),
      tokenHeaders(good.tokenId, other.tokenSecret),
      tokenHeaders(good.tokenId, `${good.tokenSecret.slice(0, -1)}${good.tokenSecret.endsWith('A') ? 'B' : 'A'}`),
    ];
    for (const headers of cases) {
      const res = await post(h, '/api/v1/orgs/list', {}, headers);
      expect(res.statusCode).toBe(401);
      expect(errorOf(res)).toMatchObject({ error: GENERIC, code: 'UNAUTHORIZED' });
    }
  });

  it('expires exactly at expiresAt and audits the rejected use', async () => {
    const t = await org.token(org.admin, { days: 1 });
    h.clock.now = new Date(Date.parse(t.expiresAt) - 1000);
    expect((await post(h, '/api/v1/orgs/list', {}, t.headers)).statusCode).toBe(200);
    h.clock.now = new Date(t.expiresAt);
    const res = await post(h, '/api/v1/orgs/list', {}, t.headers);
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).error).toBe(GENERIC);
    const audit = await auditRepo.listAudit(h.db, { orgId: org.orgId, action: 'token.rejected_expired' });
    expect(audit.map((a) => a.target_id)).toEqual([t.tokenId]);
  });

  it('records lastUsedAt', async () => {
    const t = await org.token(org.admin);
    await post(h, '/api/v1/orgs/list', {}, t.headers);
    const list = await post(h, '/api/v2/apiTokens/list', {}, t.headers);
    const me = list.json().tokens.find((x: { tokenId: string }) => x.tokenId === t.tokenId);
    expect(me.lastUsedAt).toBe(h.clock.now.toISOString());
  });

  it('stops working on the next request after deletion, and audits creation and deletion', async () => {
    const admin = await org.token(org.admin);
    const victim = await org.token(org.admin, { name: 'victim' });
    expect((await post(h, '/api/v1/orgs/list', {}, victim.headers)).statusCode).toBe(200);
    const del = await post(h, '/api/v2/apiTokens/delete', { tokenId: victim.tokenId }, admin.headers);
    expect(del.statusCode).toBe(200);
    expect(del.json()).toEqual({ deleted: true, tokenId: victim.tokenId });
    expect((await post(h, '/api/v1/orgs/list', {}, victim.headers)).statusCode).toBe(401);
    const actions = (await auditRepo.listAudit(h.db, { orgId: org.orgId })).filter((a) => a.target_id === victim.tokenId).map((a) => a.action);
    expect(actions.sort()).toEqual(['token.created', 'token.deleted']);
  });

  it('lets members see and delete only their own tokens; admins see and delete all', async () => {
    const member = await org.addUser('MEMBER');
    const mTok = await org.token(member);
    const aTok = await org.token(org.admin);
    const mine = (await post(h, '/api/v2/apiTokens/list', {}, mTok.headers)).json();
    expect(mine.tokens.map((t: { tokenId: string }) => t.tokenId)).toEqual([mTok.tokenId]);
    const all = (await post(h, '/api/v2/apiTokens/list', {}, aTok.headers)).json();
    expect(all.totalCount).toBe(2);

    const forbidden = await post(h, '/api/v2/apiTokens/delete', { tokenId: aTok.tokenId }, mTok.headers);
    expect(forbidden.statusCode).toBe(403);
    expect(errorOf(forbidden).code).toBe('FORBIDDEN');
    expect((await post(h, '/api/v1/orgs/list', {}, aTok.headers)).statusCode).toBe(200);

    const byAdmin = await post(h, '/api/v2/apiTokens/delete', { tokenId: mTok.tokenId }, aTok.headers);
    expect(byAdmin.statusCode).toBe(200);
    expect((await post(h, '/api/v1/orgs/list', {}, mTok.headers)).statusCode).toBe(401);
  });

  it('follows the creator: demotion removes admin rights, removal revokes the token', async () => {
    const second = await org.addUser('ADMIN');
    const t = await org.token(second);
    const invite = () => post(h, '/api/v2/organizations/inviteMember', { email: `x${Date.now()}@example.com` }, t.headers);
    expect((await invite()).statusCode).toBe(200);

    const admin = await org.token(org.admin);
    const demote = await post(h, '/api/v2/organizations/updateMemberRole', { userId: second.userId, role: 'MEMBER' }, admin.headers);
    expect(demote.statusCode).toBe(200);
    const after = await invite();
    expect(after.statusCode).toBe(403);
    expect((await post(h, '/api/v1/orgs/list', {}, t.headers)).json()).toEqual([{ id: org.orgId, name: 'Acme', role: 'MEMBER' }]);

    const remove = await post(h, '/api/v2/organizations/removeMember', { userId: second.userId }, admin.headers);
    expect(remove.statusCode).toBe(200);
    expect((await post(h, '/api/v1/orgs/list', {}, t.headers)).statusCode).toBe(401);
  });

  it("never reaches another organization's data (404)", async () => {
    const other = await h.seedOrg('Globex');
    const a = await org.token(org.admin);
    const b = await other.token(other.admin);
    for (const url of ['/api/v2/apiTokens/list', '/api/v2/apiTokens/create', '/api/v2/organizations/listMembers']) {
      const res = await post(h, url, { organizationId: other.orgId }, a.headers);
      expect(res.statusCode).toBe(404);
      expect(errorOf(res).code).toBe('NOT_FOUND');
    }
    const del = await post(h, '/api/v2/apiTokens/delete', { tokenId: b.tokenId }, a.headers);
    expect(del.statusCode).toBe(404);
    const delExplicit = await post(h, '/api/v2/apiTokens/delete', { organizationId: other.orgId, tokenId: b.tokenId }, a.headers);
    expect(delExplicit.statusCode).toBe(404);
    expect((await post(h, '/api/v1/orgs/list', {}, b.headers)).statusCode).toBe(200);
  });

  it('a token-created token never outlives its parent', async () => {
    const parent = await org.token(org.admin, { days: 2 });
    const child = await post(h, '/api/v2/apiTokens/create', { expirationDays: 300 }, parent.headers);
    expect(child.json().expiresAt).toBe(parent.expiresAt);
  });

  it('keeps secrets out of the database and the logs', async () => {
    const admin = await org.token(org.admin);
    const created = (await post(h, '/api/v2/apiTokens/create', { name: 'leak-check' }, admin.headers)).json();
    const secrets = [admin.tokenSecret, created.tokenSecret];
    await post(h, '/api/v1/orgs/list', {}, tokenHeaders(created.tokenId, created.tokenSecret));
    await post(h, '/api/v1/orgs/list', {}, tokenHeaders(created.tokenId, `${created.tokenSecret.slice(0, -2)}zz`));
    await post(h, '/auth/login', { email: org.admin.email, password: org.admin.password });

    const logs = h.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    for (const s of [...secrets, org.admin.password]) expect(logs).not.toContain(s);
    expect(logs).not.toContain('np_session=');

    let dump: string;
    if (dialect === 'sqlite') {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(h.db);
      dump = readFileSync(h.location).toString('latin1');
    } else {
      const rows = await sql<{ t: string }>`select row_to_json(x)::text as t from (select * from api_tokens) x
        union all select row_to_json(y)::text from (select * from audit_log) y`.execute(h.db);
      dump = rows.rows.map((r) => r.t).join('\n');
    }
    expect(dump).toContain(created.tokenId);
    for (const s of secrets) expect(dump).not.toContain(s);
  });
});

describe.each(TEST_DIALECTS)('authentication rate limit on %s', (dialect) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(dialect, { maxFailures: 5 });
  });
  afterEach(() => h.close());

  it('answers 429 with Retry-After after repeated failures from one address, valid credentials included', async () => {
    const org = await h.seedOrg('Acme');
    const good = await org.token(org.admin);
    for (let i = 0; i < 5; i++) {
      expect((await post(h, '/api/v1/orgs/list', {}, tokenHeaders(good.tokenId, 'npt_wrong'))).statusCode).toBe(401);
    }
    const res = await post(h, '/api/v1/orgs/list', {}, good.headers);
    expect(res.statusCode).toBe(429);
    expect(errorOf(res).code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
