import { TEST_DIALECTS } from '@nullpath/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, post } from '../../apps/server/test/harness';
import { GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

/**
 * Every scanning route: 401 without credentials, 404 for another organization's resources, and 403
 * where the MEMBER role lacks the permission (REPOS_MANAGE). Ids below belong to organization A.
 */
describe.each(TEST_DIALECTS)('scanning routes authorization on %s', (dialect) => {
  let p: Pipeline;
  let repo: GitFixture;
  const ids = { repositoryId: '', scanId: '', scheduleId: '', issueId: '' };
  let otherOrg: Awaited<ReturnType<Pipeline['seedOrg']>>;
  let otherToken: Record<string, string>;
  let memberToken: Record<string, string>;

  beforeAll(async () => {
    p = await createPipeline(dialect);
    repo = new GitFixture().write({ 'app.js': VULNERABLE_APP });
    repo.commit('app');
    ids.repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
    ids.scanId = (await p.api('/api/v2/scans/start', { repositoryId: ids.repositoryId })).body.scan.id;
    await p.waitForScan(ids.scanId);
    ids.scheduleId = (await p.api('/api/v2/scans/schedules/create', { repositoryId: ids.repositoryId, cron: '0 0 * * *' })).body.schedule.id;
    ids.issueId = (await p.api('/api/v2/issues/search', {})).body.issues[0].id;
    otherOrg = await p.seedOrg('Globex');
    otherToken = (await otherOrg.token(otherOrg.admin)).headers;
    memberToken = (await p.org.token(await p.org.addUser('MEMBER'))).headers;
  }, 120_000);
  afterAll(async () => {
    await p.close();
    repo.destroy();
  });

  const routes: Array<[string, () => object, boolean]> = [
    ['/api/v1/repositories/list', () => ({}), false],
    ['/api/v1/repositories/resolve-by-url', () => ({ repositoryUrl: repo.url }), false],
    ['/api/v2/repositories/list', () => ({}), false],
    ['/api/v2/repositories/addByUrl', () => ({ url: repo.url }), true],
    ['/api/v2/repositories/get', () => ({ repositoryId: ids.repositoryId }), false],
    ['/api/v2/repositories/update', () => ({ repositoryId: ids.repositoryId, name: 'x' }), true],
    ['/api/v2/repositories/delete', () => ({ repositoryId: ids.repositoryId }), true],
    ['/api/v1/scans/list', () => ({}), false],
    ['/api/v1/scans/start', () => ({ repositoryIds: [ids.repositoryId] }), false],
    ['/api/v2/scans/start', () => ({ repositoryId: ids.repositoryId }), false],
    ['/api/v2/scans/list', () => ({}), false],
    ['/api/v2/scans/get', () => ({ scanId: ids.scanId }), false],
    ['/api/v2/scans/cancel', () => ({ scanId: ids.scanId }), false],
    ['/api/v2/scans/schedules/create', () => ({ repositoryId: ids.repositoryId, cron: '0 0 * * *' }), false],
    ['/api/v2/scans/schedules/list', () => ({}), false],
    ['/api/v2/scans/schedules/update', () => ({ scheduleId: ids.scheduleId, enabled: false }), false],
    ['/api/v2/scans/schedules/delete', () => ({ scheduleId: ids.scheduleId }), false],
    ['/api/v1/issues/search', () => ({}), false],
    ['/api/v1/issues/get', () => ({ issueId: ids.issueId }), false],
    ['/api/v2/issues/search', () => ({}), false],
    ['/api/v2/issues/get', () => ({ issueId: ids.issueId }), false],
    ['/api/v1/sca/vulnerabilities/search', () => ({}), false],
    ['/api/v1/sca/vulnerabilities/get', () => ({ id: ids.issueId }), false],
    ['/api/v1/sca/repositories/search', () => ({}), false],
  ];

  it.each(routes)('%s answers 401 without credentials', async (url, body) => {
    const res = await post(p, url, body());
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('UNAUTHORIZED');
  });

  it.each(routes)("%s answers 404 for another organization's data", async (url, body) => {
    const res = await post(p, url, { ...body(), organizationId: p.org.orgId }, otherToken);
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('NOT_FOUND');
  });

  it.each(routes.filter(([, , admin]) => admin))('%s answers 403 to a member without REPOS_MANAGE', async (url, body) => {
    const res = await post(p, url, body(), memberToken);
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).error).toMatch(/REPOS_MANAGE/);
  });

  it("reaches no other organization's objects by id through its own organization", async () => {
    const mine = { organizationId: otherOrg.orgId };
    for (const [url, body] of [
      ['/api/v2/repositories/get', { repositoryId: ids.repositoryId }],
      ['/api/v2/scans/get', { scanId: ids.scanId }],
      ['/api/v2/issues/get', { issueId: ids.issueId }],
      ['/api/v2/scans/schedules/update', { scheduleId: ids.scheduleId, enabled: false }],
    ] as const) {
      const res = await post(p, url, { ...body, ...mine }, otherToken);
      expect(res.statusCode).toBe(404);
    }
    const list = await post(p, '/api/v2/issues/search', mine, otherToken);
    expect(list.json().totalCount).toBe(0);
    const resolve = await post(p, '/api/v1/repositories/resolve-by-url', { repositoryUrl: repo.url }, otherToken);
    expect(resolve.json()).toEqual({ repositoryId: null });
  });
});
