import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createApiClient } from './api-client';
import { ApiError } from './api-error';
import { useLoopbackStandIn } from '../test/loopback-standin';

const stand = useLoopbackStandIn();

const TOKEN_ID = '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const TOKEN_SECRET = 'np_secret_value_0123456789';

describe('token auth', () => {
  it('sends both ZeroPath token headers and a JSON body to POST /api/v1/orgs/list', async () => {
    stand.reply = { status: 200, body: '[{"id":"org_1","name":"Default","role":"ADMIN"}]' };
    const client = createApiClient({ baseUrl: stand.baseUrl, auth: { kind: 'token', tokenId: TOKEN_ID, tokenSecret: TOKEN_SECRET } });

    const orgs = await client.orgs.list();

    expect(orgs).toEqual([{ id: 'org_1', name: 'Default', role: 'ADMIN' }]);
    expect(stand.seen).toHaveLength(1);
    expect(stand.seen[0]?.method).toBe('POST');
    expect(stand.seen[0]?.url).toBe('/api/v1/orgs/list');
    expect(stand.seen[0]?.headers['x-zeropath-api-token-id']).toBe(TOKEN_ID);
    expect(stand.seen[0]?.headers['x-zeropath-api-token-secret']).toBe(TOKEN_SECRET);
    expect(stand.seen[0]?.headers['content-type']).toBe('application/json');
    expect(stand.seen[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(stand.seen[0]?.body).toBe('{}');
  });
});

describe('session auth', () => {
  it('echoes the CSRF token on POST and sends no token headers', async () => {
    stand.reply = { status: 200, body: '{"tokens":[],"totalCount":0}' };
    const client = createApiClient({ baseUrl: stand.baseUrl, auth: { kind: 'session', csrfToken: 'csrf-abc' } });

    const list = await client.apiTokens.list({ organizationId: 'org_1' });

    expect(list).toEqual({ tokens: [], totalCount: 0 });
    expect(stand.seen[0]?.url).toBe('/api/v2/apiTokens/list');
    expect(stand.seen[0]?.headers['x-csrf-token']).toBe('csrf-abc');
    expect(stand.seen[0]?.headers['x-zeropath-api-token-id']).toBeUndefined();
    expect(stand.seen[0]?.body).toBe('{"organizationId":"org_1"}');
  });

  it('reads the session with a bodiless GET /auth/session without the CSRF header', async () => {
    stand.reply = {
      status: 200,
      body: '{"user":{"id":"u1","email":"a@b.co","name":null},"csrfToken":"c1","organizations":[]}',
    };
    const client = createApiClient({ baseUrl: stand.baseUrl, auth: { kind: 'session', csrfToken: 'csrf-abc' } });

    const session = await client.auth.session();

    expect(session.csrfToken).toBe('c1');
    expect(stand.seen[0]?.method).toBe('GET');
    expect(stand.seen[0]?.url).toBe('/auth/session');
    expect(stand.seen[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(stand.seen[0]?.headers['content-type']).toBeUndefined();
    expect(stand.seen[0]?.body).toBe('');
  });
});

describe('requests', () => {
  it('posts the create-token body unchanged and returns the one-time secret', async () => {
    stand.reply = {
      status: 200,
      body: JSON.stringify({
        tokenId: TOKEN_ID,
        tokenSecret: TOKEN_SECRET,
        name: 'ci',
        organizationId: 'org_1',
        createdAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-31T00:00:00.000Z',
      }),
    };
    const client = createApiClient({ baseUrl: stand.baseUrl, auth: { kind: 'session', csrfToken: 'csrf-abc' } });

    const created = await client.apiTokens.create({ organizationId: 'org_1', name: 'ci', expirationDays: 30 });

    expect(created.tokenSecret).toBe(TOKEN_SECRET);
    expect(stand.seen[0]?.url).toBe('/api/v2/apiTokens/create');
    expect(stand.seen[0]?.body).toBe('{"organizationId":"org_1","name":"ci","expirationDays":30}');
  });

  it('drops a trailing slash from baseUrl', async () => {
    stand.reply = { status: 200, body: '{"ok":true}' };
    const client = createApiClient({ baseUrl: `${stand.baseUrl}/` });

    await client.auth.logout();

    expect(stand.seen[0]?.url).toBe('/auth/logout');
  });

  it('sends no auth headers without auth', async () => {
    stand.reply = {
      status: 200,
      body: '{"email":"new@b.co","organizationName":"Default","role":"MEMBER","userExists":false,"expiresAt":"2026-01-08T00:00:00.000Z"}',
    };
    const client = createApiClient({ baseUrl: stand.baseUrl });

    const inv = await client.invitations.describe({ token: 'invite-token-123' });

    expect(inv.userExists).toBe(false);
    expect(stand.seen[0]?.url).toBe('/api/v2/invitations/describe');
    expect(stand.seen[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(stand.seen[0]?.headers['x-zeropath-api-token-id']).toBeUndefined();
    expect(stand.seen[0]?.headers['x-zeropath-api-token-secret']).toBeUndefined();
  });
});

describe('errors', () => {
  it('throws ApiError with status, code, message and requestId from the error envelope', async () => {
    stand.reply = {
      status: 409,
      body: '{"error":"\'x@b.co\' is an admin: demote to member first","code":"CONFLICT","requestId":"req_abc"}',
    };
    const client = createApiClient({ baseUrl: stand.baseUrl, auth: { kind: 'session', csrfToken: 'c' } });

    const err = await client.members.remove({ organizationId: 'org_1', userId: 'u2' }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      message: "'x@b.co' is an admin: demote to member first",
      requestId: 'req_abc',
    });
  });

  it('keeps the envelope details', async () => {
    stand.reply = {
      status: 400,
      body: '{"error":"body.expirationDays: Too big","code":"VALIDATION_FAILED","requestId":"req_v","details":{"field":"body.expirationDays"}}',
    };
    const client = createApiClient({ baseUrl: stand.baseUrl, auth: { kind: 'session', csrfToken: 'c' } });

    const err = await client.apiTokens.create({ expirationDays: 400 }).catch((e: unknown) => e);

    expect(err).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: { field: 'body.expirationDays' } });
  });

  it('answers 401 for a rejected token', async () => {
    stand.reply = { status: 401, body: '{"error":"Invalid, expired or missing API token","code":"UNAUTHORIZED","requestId":"req_401"}' };
    const client = createApiClient({ baseUrl: stand.baseUrl, auth: { kind: 'token', tokenId: TOKEN_ID, tokenSecret: 'wrong' } });

    const err = await client.orgs.list().catch((e: unknown) => e);

    expect(err).toMatchObject({ status: 401, code: 'UNAUTHORIZED', requestId: 'req_401' });
  });

  it('uses INVALID_RESPONSE and the x-request-id header when the error body is not an envelope', async () => {
    stand.reply = { status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html', 'x-request-id': 'req_hdr' } };
    const client = createApiClient({ baseUrl: stand.baseUrl });

    const err = await client.auth.session().catch((e: unknown) => e);

    expect(err).toMatchObject({
      status: 502,
      code: 'INVALID_RESPONSE',
      message: 'The server answered HTTP 502 without an error description',
      requestId: 'req_hdr',
    });
  });

  it('uses INVALID_RESPONSE when a 200 body is not JSON', async () => {
    stand.reply = { status: 200, body: 'not json', headers: { 'x-request-id': 'req_200' } };
    const client = createApiClient({ baseUrl: stand.baseUrl });

    const err = await client.auth.session().catch((e: unknown) => e);

    expect(err).toMatchObject({ status: 200, code: 'INVALID_RESPONSE', requestId: 'req_200' });
  });

  it('throws NETWORK_ERROR with status 0 when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = createApiClient({ baseUrl: `http://127.0.0.1:${port}` });

    const err = await client.auth.session().catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 0, code: 'NETWORK_ERROR', requestId: '' });
  });
});

describe('fetch option', () => {
  it('sends every request through the given fetch', async () => {
    stand.reply = { status: 200, body: '{"members":[],"totalCount":0}' };
    const urls: string[] = [];
    const client = createApiClient({
      baseUrl: stand.baseUrl,
      auth: { kind: 'session', csrfToken: 'c' },
      fetch: (input, init) => {
        urls.push(String(input));
        return fetch(input, init);
      },
    });

    await client.members.list({ organizationId: 'org_1' });

    expect(urls).toEqual([`${stand.baseUrl}/api/v2/organizations/listMembers`]);
  });
});
