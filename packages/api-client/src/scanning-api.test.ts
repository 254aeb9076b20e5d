import { describe, expect, it } from 'vitest';
import { type ApiClient, createApiClient } from './api-client';
import { ApiError } from './api-error';
import { useLoopbackStandIn } from '../test/loopback-standin';

const stand = useLoopbackStandIn();

const sessionClient = () => createApiClient({ baseUrl: stand.baseUrl, auth: { kind: 'session', csrfToken: 'csrf-abc' } });
const ORG = { organizationId: 'org_1' };

// Every scanning call is a CSRF-checked JSON POST of its body, unchanged, to its V2 path.
const CALLS: Array<[string, string, (c: ApiClient) => Promise<unknown>, object]> = [
  ['repositories.list', '/api/v2/repositories/list', (c) => c.repositories.list({ ...ORG, searchQuery: 'shop', offset: 25, limit: 25 }), { ...ORG, searchQuery: 'shop', offset: 25, limit: 25 }],
  ['repositories.get', '/api/v2/repositories/get', (c) => c.repositories.get({ ...ORG, repositoryId: 'r1' }), { ...ORG, repositoryId: 'r1' }],
  ['repositories.delete', '/api/v2/repositories/delete', (c) => c.repositories.delete({ ...ORG, repositoryId: 'r1' }), { ...ORG, repositoryId: 'r1' }],
  ['scans.get', '/api/v2/scans/get', (c) => c.scans.get({ ...ORG, scanId: 's1' }), { ...ORG, scanId: 's1' }],
  ['scans.cancel', '/api/v2/scans/cancel', (c) => c.scans.cancel({ ...ORG, scanId: 's1' }), { ...ORG, scanId: 's1' }],
  ['schedules.list', '/api/v2/scans/schedules/list', (c) => c.schedules.list({ ...ORG, repositoryId: 'r1' }), { ...ORG, repositoryId: 'r1' }],
  ['schedules.update', '/api/v2/scans/schedules/update', (c) => c.schedules.update({ ...ORG, scheduleId: 'sc1', enabled: false }), { ...ORG, scheduleId: 'sc1', enabled: false }],
  ['schedules.delete', '/api/v2/scans/schedules/delete', (c) => c.schedules.delete({ ...ORG, scheduleId: 'sc1' }), { ...ORG, scheduleId: 'sc1' }],
  ['issues.get', '/api/v2/issues/get', (c) => c.issues.get({ ...ORG, issueId: 'i1' }), { ...ORG, issueId: 'i1' }],
];

describe('scanning endpoints', () => {
  it.each(CALLS)('%s posts its body to %s with the CSRF token', async (_name, path, run, body) => {
    const client = sessionClient();

    await run(client);

    expect(stand.seen).toHaveLength(1);
    expect(stand.seen[0]?.method).toBe('POST');
    expect(stand.seen[0]?.url).toBe(path);
    expect(stand.seen[0]?.headers['x-csrf-token']).toBe('csrf-abc');
    expect(stand.seen[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(stand.seen[0]?.body ?? '')).toEqual(body);
  });

  it('adds a repository with credentials and partitions and returns it', async () => {
    stand.reply = { status: 200, body: JSON.stringify({ repository: { id: 'r1', name: 'shop', partitions: [{ id: 'r2', partitionPath: 'api' }] } }) };

    const { repository } = await sessionClient().repositories.addByUrl({
      ...ORG,
      url: 'https://git.example/shop.git',
      tags: ['prod'],
      credentials: { username: 'bot', password: 'ghp_token' },
      partitions: [{ path: 'api', name: 'shop-api' }],
    });

    expect(repository.partitions[0]?.partitionPath).toBe('api');
    expect(stand.seen[0]?.url).toBe('/api/v2/repositories/addByUrl');
    expect(stand.seen[0]?.body).toBe(
      '{"organizationId":"org_1","url":"https://git.example/shop.git","tags":["prod"],"credentials":{"username":"bot","password":"ghp_token"},"partitions":[{"path":"api","name":"shop-api"}]}',
    );
  });

  it('sends credentials: null to remove stored credentials', async () => {
    await sessionClient().repositories.update({ ...ORG, repositoryId: 'r1', credentials: null });

    expect(stand.seen[0]?.url).toBe('/api/v2/repositories/update');
    expect(stand.seen[0]?.body).toBe('{"organizationId":"org_1","repositoryId":"r1","credentials":null}');
  });

  it('lists scans with every filter', async () => {
    stand.reply = { status: 200, body: '{"scans":[],"totalCount":0}' };

    const list = await sessionClient().scans.list({
      ...ORG,
      repositoryIds: ['r1'],
      types: ['PrScan'],
      statuses: ['RUNNING', 'QUEUED'],
      severityLevel: 'Critical',
      latestPerPr: true,
      offset: 0,
      limit: 25,
    });

    expect(list).toEqual({ scans: [], totalCount: 0 });
    expect(stand.seen[0]?.url).toBe('/api/v2/scans/list');
    expect(JSON.parse(stand.seen[0]?.body ?? '')).toEqual({
      ...ORG,
      repositoryIds: ['r1'],
      types: ['PrScan'],
      statuses: ['RUNNING', 'QUEUED'],
      severityLevel: 'Critical',
      latestPerPr: true,
      offset: 0,
      limit: 25,
    });
  });

  it('creates a schedule', async () => {
    stand.reply = { status: 200, body: '{"schedule":{"id":"sc1","cron":"0 3 * * *","nextRuns":["2026-01-02T03:00:00.000Z"]}}' };

    const { schedule } = await sessionClient().schedules.create({ ...ORG, repositoryId: 'r1', cron: '0 3 * * *', timezone: 'Europe/Berlin' });

    expect(schedule.nextRuns).toEqual(['2026-01-02T03:00:00.000Z']);
    expect(stand.seen[0]?.url).toBe('/api/v2/scans/schedules/create');
    expect(stand.seen[0]?.body).toBe('{"organizationId":"org_1","repositoryId":"r1","cron":"0 3 * * *","timezone":"Europe/Berlin"}');
  });

  it('searches issues with filters, sorting and paging', async () => {
    stand.reply = { status: 200, body: '{"issues":[],"totalCount":0}' };

    await sessionClient().issues.search({
      ...ORG,
      statuses: ['PENDING_REVIEW'],
      scoreLevels: ['CRITICAL', 'HIGH'],
      vulnCategories: ['SCA'],
      searchQuery: 'lodash',
      scanId: 's1',
      repositoryIds: ['r1'],
      sortBy: 'score',
      sortOrder: 'desc',
      offset: 50,
      limit: 50,
    });

    expect(stand.seen[0]?.url).toBe('/api/v2/issues/search');
    expect(JSON.parse(stand.seen[0]?.body ?? '')).toMatchObject({ scoreLevels: ['CRITICAL', 'HIGH'], vulnCategories: ['SCA'], scanId: 's1', offset: 50 });
  });

  it('turns a 409 on scan start into an ApiError naming the running scan', async () => {
    stand.reply = {
      status: 409,
      body: '{"error":"A full scan of main is already queued or running (scan s0)","code":"CONFLICT","requestId":"req_409"}',
    };

    const err = await sessionClient().scans.start({ ...ORG, repositoryId: 'r1' }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 409, code: 'CONFLICT', message: 'A full scan of main is already queued or running (scan s0)', requestId: 'req_409' });
    expect(stand.seen[0]?.body).toBe('{"organizationId":"org_1","repositoryId":"r1"}');
  });
});

describe('scans.streamUrl', () => {
  it('builds the stream URL with encoded scan and organization ids', () => {
    const client = createApiClient({ baseUrl: `${stand.baseUrl}/` });

    expect(client.scans.streamUrl({ scanId: 's 1&x', organizationId: 'org_1' })).toBe(
      `${stand.baseUrl}/api/v2/scans/stream?scanId=s+1%26x&organizationId=org_1`,
    );
  });

  it('is same-origin relative for the dashboard and reaches the server as a GET', async () => {
    const relative = createApiClient({ baseUrl: '' }).scans.streamUrl({ scanId: 's1' });
    expect(relative).toBe('/api/v2/scans/stream?scanId=s1');

    await fetch(`${stand.baseUrl}${relative}`);

    expect(stand.seen[0]).toMatchObject({ method: 'GET', url: '/api/v2/scans/stream?scanId=s1' });
  });
});
