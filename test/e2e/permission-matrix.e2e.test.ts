import { randomBytes } from 'node:crypto';
import { type Permission, ROLE_PERMISSIONS } from '@nullpath/core';
import { orgsRepo } from '@nullpath/db';
import { TEST_DIALECTS } from '@nullpath/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from '../../apps/server/src/routes/route';
import { post } from '../../apps/server/test/harness';
import { DEMO_LOCK, DEMO_PKG, GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

/**
 * The permission matrix, driven by the route registry: every authenticated route × every kind of caller.
 * A route registered without a row here fails the first test, so every later route has to join.
 *
 * The organization runs with memberRepositoryAccess TEAMS_ONLY. Callers:
 * - admin: ADMIN token; member: MEMBER whose team reaches the repository with no extra grants;
 * - granted: MEMBER whose team adds TEAM_MANAGE, SETTINGS_MANAGE and REPOS_MANAGE on the repository;
 * - noAccess: MEMBER no team reaches (the repository does not exist for them);
 * - otherOrg: another organization's ADMIN token; deprovisioned: a SCIM-deprovisioned member's token; anonymous.
 *
 * Row kinds: 'org' (not about one repository), 'repo' (names a repository or something of one: a
 * caller who cannot see it gets 404), 'list' (repository-scoped list: a caller who sees none gets an
 * empty 200). `allowed` means the request passed authentication and authorization: any status but
 * 401, 403 and 404 (a 409 for a scan already running has been authorized).
 */
type Kind = 'org' | 'repo' | 'list';
interface Row {
  kind: Kind;
  body: () => object | Promise<object>;
  /** The other organization's token addresses its own organization (no organizationId to cross). */
  ownOrgOnly?: boolean;
  /** What the request demands beyond the route's declared permission (e.g. acting on another member's token). */
  needs?: Permission;
}

const CALLERS = ['admin', 'member', 'granted', 'noAccess', 'otherOrg', 'deprovisioned', 'anonymous'] as const;
type Caller = (typeof CALLERS)[number];
const GRANTED_ORG: Permission[] = ['TEAM_MANAGE', 'SETTINGS_MANAGE'];

describe.each(TEST_DIALECTS)('permission matrix on %s', (dialect) => {
  let p: Pipeline;
  const fixtures: GitFixture[] = [];
  const ids = { repositoryId: '', scanId: '', scheduleId: '', issueId: '', scaIssueId: '', teamId: '', tagId: '', templateId: '' };
  const headers = {} as Record<Caller, Record<string, string>>;
  let memberUserId = '';

  const admin = (url: string, body: object) => p.api(url, body);
  const freshRepo = async () => {
    const r = new GitFixture().write({ 'x.js': '1' });
    r.commit('x');
    fixtures.push(r);
    // Tagged like the main repository, so the viewers' tag grant reaches it.
    return (await admin('/api/v2/repositories/addByUrl', { url: r.url, tagIds: [ids.tagId] })).body.repository.id as string;
  };
  const freshTeam = async () => (await admin('/api/v2/teams/create', { name: `t-${randomBytes(4).toString('hex')}` })).body.team.id as string;
  const freshTag = async () => (await admin('/api/v2/tags/create', { name: `g-${randomBytes(4).toString('hex')}` })).body.tag.id as string;
  const freshUser = async () => (await p.org.addUser('MEMBER')).userId;

  const ROWS: Record<string, Row> = {
    '/api/v1/orgs/list': { kind: 'org', body: () => ({}), ownOrgOnly: true },
    '/api/v2/organizations/create': { kind: 'org', body: () => ({ name: `Org ${randomBytes(3).toString('hex')}` }), ownOrgOnly: true },
    '/api/v2/organizations/update': { kind: 'org', body: () => ({ name: 'Acme' }) },
    '/api/v2/organizations/delete': { kind: 'org', body: () => ({ organizationId: p.org.orgId, confirmName: 'not the name' }) },
    '/api/v2/organizations/getSettings': { kind: 'org', body: () => ({}) },
    '/api/v2/organizations/updateSettings': { kind: 'org', body: () => ({ memberRepositoryAccess: 'TEAMS_ONLY' }) },
    '/api/v2/organizations/listMembers': { kind: 'org', body: () => ({}) },
    '/api/v2/organizations/inviteMember': { kind: 'org', body: () => ({ email: `i-${randomBytes(4).toString('hex')}@example.com` }) },
    '/api/v2/organizations/updateMemberRole': { kind: 'org', body: async () => ({ userId: await freshUser(), role: 'MEMBER' }) },
    '/api/v2/organizations/removeMember': { kind: 'org', body: async () => ({ userId: await freshUser() }) },
    '/api/v2/apiTokens/create': { kind: 'org', body: () => ({ name: 'matrix' }) },
    '/api/v2/apiTokens/list': { kind: 'org', body: () => ({}) },
    '/api/v2/apiTokens/delete': { kind: 'org', needs: 'TOKENS_MANAGE', body: async () => ({ tokenId: (await p.org.token(p.org.admin)).tokenId }) },
    '/api/v1/repositories/list': { kind: 'list', body: () => ({}) },
    '/api/v1/repositories/resolve-by-url': { kind: 'list', body: () => ({ repositoryUrl: fixtures[0]!.url }) },
    '/api/v2/repositories/list': { kind: 'list', body: () => ({}) },
    '/api/v2/repositories/addByUrl': { kind: 'org', body: () => { const r = new GitFixture().write({ 'y.js': '2' }); r.commit('y'); fixtures.push(r); return { url: r.url }; } },
    '/api/v2/repositories/get': { kind: 'repo', body: () => ({ repositoryId: ids.repositoryId }) },
    '/api/v2/repositories/update': { kind: 'repo', body: () => ({ repositoryId: ids.repositoryId, name: 'matrix-repo' }) },
    '/api/v2/repositories/delete': { kind: 'repo', body: async () => ({ repositoryId: await freshRepo() }) },
    '/api/v1/scans/list': { kind: 'list', body: () => ({}) },
    '/api/v1/scans/start': { kind: 'repo', body: () => ({ repositoryIds: [ids.repositoryId] }) },
    '/api/v2/scans/start': { kind: 'repo', body: () => ({ repositoryId: ids.repositoryId }) },
    '/api/v2/scans/list': { kind: 'list', body: () => ({}) },
    '/api/v2/scans/get': { kind: 'repo', body: () => ({ scanId: ids.scanId }) },
    '/api/v2/scans/cancel': { kind: 'repo', body: () => ({ scanId: ids.scanId }) },
    '/api/v2/scans/schedules/create': { kind: 'repo', body: () => ({ repositoryId: ids.repositoryId, cron: '0 3 * * *' }) },
    '/api/v2/scans/schedules/list': { kind: 'list', body: () => ({}) },
    '/api/v2/scans/schedules/update': { kind: 'repo', body: () => ({ scheduleId: ids.scheduleId, enabled: false }) },
    '/api/v2/scans/schedules/delete': { kind: 'repo', body: async () => ({ scheduleId: (await admin('/api/v2/scans/schedules/create', { repositoryId: ids.repositoryId, cron: '0 4 * * *' })).body.schedule.id }) },
    '/api/v1/issues/search': { kind: 'list', body: () => ({ getCounts: true }) },
    '/api/v1/issues/get': { kind: 'repo', body: () => ({ issueId: ids.issueId }) },
    '/api/v2/issues/search': { kind: 'list', body: () => ({}) },
    '/api/v2/issues/get': { kind: 'repo', body: () => ({ issueId: ids.issueId }) },
    '/api/v1/sca/vulnerabilities/search': { kind: 'list', body: () => ({}) },
    '/api/v1/sca/vulnerabilities/get': { kind: 'repo', body: () => ({ id: ids.scaIssueId }) },
    '/api/v1/sca/repositories/search': { kind: 'list', body: () => ({}) },
    '/api/v2/issues/updateStatus': { kind: 'repo', body: () => ({ issueIds: [ids.issueId], status: 'REVIEWING' }) },
    '/api/v2/issues/updateSeverity': { kind: 'repo', body: () => ({ issueId: ids.issueId, severity: 'HIGH', reason: 'matrix' }) },
    '/api/v2/issues/archive': { kind: 'repo', body: () => ({ issueIds: [ids.issueId], reason: 'matrix' }) },
    '/api/v2/issues/markFalsePositive': { kind: 'repo', body: () => ({ issueIds: [ids.issueId], reason: 'matrix' }) },
    '/api/v2/issues/markNonExploitable': { kind: 'repo', body: () => ({ issueIds: [ids.issueId], reason: 'matrix' }) },
    '/api/v2/issues/unarchive': { kind: 'repo', body: () => ({ issueIds: [ids.issueId] }) },
    '/api/v2/issues/markTruePositive': { kind: 'repo', body: () => ({ issueIds: [ids.issueId] }) },
    '/api/v2/issues/updateNote': { kind: 'repo', body: () => ({ issueId: ids.issueId, note: 'matrix' }) },
    '/api/v2/issues/history': { kind: 'repo', body: () => ({ issueId: ids.issueId }) },
    '/api/v2/issues/triageHistory': { kind: 'repo', body: () => ({ repositoryId: ids.repositoryId }) },
    '/api/v1/issues/mark-true-positive': { kind: 'repo', body: () => ({ issueId: ids.issueId }) },
    '/api/v1/issues/mark-false-positive': { kind: 'repo', body: () => ({ issueId: ids.issueId }) },
    '/api/v1/issues/archive': { kind: 'repo', body: () => ({ issueId: ids.issueId }) },
    '/api/v1/issues/unarchive': { kind: 'repo', body: () => ({ issueId: ids.issueId }) },
    // Jira points at a closed loopback port: calls that reach Jira fail (400) after authorization, with no traffic off the machine.
    '/api/v2/integrations/jira/getSettings': { kind: 'org', body: () => ({}) },
    '/api/v2/integrations/jira/updateSettings': { kind: 'org', body: () => ({ siteUrl: 'http://127.0.0.1:9', accountEmail: 'bot@example.com', apiToken: 'x', projectKey: 'SEC' }) },
    '/api/v2/integrations/jira/testConnection': { kind: 'org', body: () => ({}) },
    '/api/v2/issues/createJiraIssue': { kind: 'repo', body: () => ({ issueId: ids.issueId }) },
    '/api/v2/issues/linkJiraIssue': { kind: 'repo', body: () => ({ issueId: ids.issueId, jiraIssueKey: 'SEC-1' }) },
    '/api/v2/issues/unlinkJiraIssue': { kind: 'repo', body: () => ({ issueId: ids.issueId }) },
    '/api/v2/integrations/llm/getSettings': { kind: 'org', body: () => ({}) },
    '/api/v2/integrations/llm/updateSettings': { kind: 'org', body: () => ({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', validationEnabled: false }) },
    '/api/v2/integrations/llm/testConnection': { kind: 'org', body: () => ({}) },
    '/api/v2/teams/create': { kind: 'org', body: () => ({ name: `m-${randomBytes(4).toString('hex')}` }) },
    '/api/v2/teams/list': { kind: 'org', body: () => ({}) },
    '/api/v2/teams/get': { kind: 'org', body: () => ({ teamId: ids.teamId }) },
    '/api/v2/teams/update': { kind: 'org', body: () => ({ teamId: ids.teamId, description: 'matrix' }) },
    '/api/v2/teams/delete': { kind: 'org', body: async () => ({ teamId: await freshTeam() }) },
    '/api/v2/teams/addMembers': { kind: 'org', body: () => ({ teamId: ids.teamId, userIds: [memberUserId] }) },
    '/api/v2/teams/removeMembers': { kind: 'org', body: async () => ({ teamId: await freshTeam(), userIds: [memberUserId] }) },
    '/api/v2/teams/getPermissions': { kind: 'org', body: () => ({ teamId: ids.teamId }) },
    '/api/v2/teams/updatePermissions': { kind: 'org', body: () => ({ teamId: ids.teamId, repoAccess: { mode: 'selected' } }) },
    '/api/v2/permissionTemplates/create': { kind: 'org', body: () => ({ name: `tp-${randomBytes(4).toString('hex')}`, repoAccess: { mode: 'selected' } }) },
    '/api/v2/permissionTemplates/list': { kind: 'org', body: () => ({}) },
    '/api/v2/permissionTemplates/get': { kind: 'org', body: () => ({ templateId: ids.templateId }) },
    '/api/v2/permissionTemplates/update': { kind: 'org', body: () => ({ templateId: ids.templateId, description: 'matrix' }) },
    '/api/v2/permissionTemplates/delete': { kind: 'org', body: async () => ({ templateId: (await admin('/api/v2/permissionTemplates/create', { name: `d-${randomBytes(4).toString('hex')}`, repoAccess: { mode: 'selected' } })).body.template.id }) },
    '/api/v2/permissionTemplates/apply': { kind: 'org', body: async () => ({ templateId: ids.templateId, teamIds: [await freshTeam()] }) },
    '/api/v2/tags/create': { kind: 'org', body: () => ({ name: `c-${randomBytes(4).toString('hex')}` }) },
    '/api/v2/tags/list': { kind: 'org', body: () => ({}) },
    '/api/v2/tags/get': { kind: 'org', body: () => ({ tagId: ids.tagId }) },
    '/api/v2/tags/update': { kind: 'org', body: () => ({ tagId: ids.tagId, color: '#123456' }) },
    '/api/v2/tags/delete': { kind: 'org', body: async () => ({ tagId: await freshTag() }) },
    '/api/v2/permissions/list': { kind: 'org', body: () => ({}) },
    '/api/v2/auditLog/list': { kind: 'org', body: () => ({}) },
  };

  beforeAll(async () => {
    p = await createPipeline(dialect);
    const repo = new GitFixture().write({ 'app.js': VULNERABLE_APP, 'package.json': DEMO_PKG, 'package-lock.json': DEMO_LOCK });
    repo.commit('app');
    fixtures.push(repo);
    ids.tagId = await freshTag();
    ids.repositoryId = (await admin('/api/v2/repositories/addByUrl', { url: repo.url, tagIds: [ids.tagId] })).body.repository.id;
    ids.scanId = (await admin('/api/v2/scans/start', { repositoryId: ids.repositoryId })).body.scan.id;
    await p.waitForScan(ids.scanId);
    await p.worker?.stop();
    p.worker = null;
    ids.scheduleId = (await admin('/api/v2/scans/schedules/create', { repositoryId: ids.repositoryId, cron: '0 0 * * *' })).body.schedule.id;
    ids.issueId = (await admin('/api/v2/issues/search', { categories: ['SAST'] })).body.issues[0].id;
    ids.scaIssueId = (await admin('/api/v2/issues/search', { categories: ['SCA'] })).body.issues[0].id;
    ids.templateId = (await admin('/api/v2/permissionTemplates/create', { name: 'matrix', repoAccess: { mode: 'selected' } })).body.template.id;
    await admin('/api/v2/organizations/updateSettings', { memberRepositoryAccess: 'TEAMS_ONLY' });
    await admin('/api/v2/integrations/jira/updateSettings', { siteUrl: 'http://127.0.0.1:9', accountEmail: 'bot@example.com', apiToken: 'x', projectKey: 'SEC' });

    const member = await p.org.addUser('MEMBER');
    memberUserId = member.userId;
    const viewers = await freshTeam();
    ids.teamId = viewers;
    await admin('/api/v2/teams/updatePermissions', { teamId: viewers, repoAccess: { mode: 'selected', tagIds: [ids.tagId] } });
    await admin('/api/v2/teams/addMembers', { teamId: viewers, userIds: [member.userId] });
    const granted = await p.org.addUser('MEMBER');
    const leads = await freshTeam();
    await admin('/api/v2/teams/updatePermissions', { teamId: leads, organizationPermissions: GRANTED_ORG, repoAccess: { mode: 'selected', permissions: ['REPOS_MANAGE'], repositoryIds: [ids.repositoryId] } });
    await admin('/api/v2/teams/addMembers', { teamId: leads, userIds: [granted.userId] });
    await admin('/api/v2/teams/addMembers', { teamId: viewers, userIds: [granted.userId] });
    const noAccess = await p.org.addUser('MEMBER');
    const gone = await p.org.addUser('MEMBER');
    const goneToken = await p.org.token(gone);
    await orgsRepo.setMembershipStatus(p.db, p.org.orgId, gone.userId, 'scimDeprovisioned');
    const other = await p.seedOrg('Other');

    headers.admin = p.admin.headers;
    headers.member = (await p.org.token(member)).headers;
    headers.granted = (await p.org.token(granted)).headers;
    headers.noAccess = (await p.org.token(noAccess)).headers;
    headers.otherOrg = (await other.token(other.admin)).headers;
    headers.deprovisioned = goneToken.headers;
    headers.anonymous = {};
  }, 180_000);
  afterAll(async () => {
    await p.close();
    for (const f of fixtures) f.destroy();
  });

  it('has a row for every registered route and no row for a route that does not exist', () => {
    const urls = registeredRoutes(p.app).map((r) => r.url);
    expect(urls.filter((u) => !(u in ROWS))).toEqual([]);
    expect(Object.keys(ROWS).filter((u) => !urls.includes(u))).toEqual([]);
  });

  /** What the route's declared permission and the row's kind mean for each caller. */
  function expected(url: string, caller: Caller): 'allowed' | 401 | 403 | 404 {
    const row = ROWS[url]!;
    const perm = row.needs ?? registeredRoutes(p.app).find((r) => r.url === url)!.permission;
    if (caller === 'anonymous' || caller === 'deprovisioned') return 401;
    if (caller === 'otherOrg') return row.ownOrgOnly ? 'allowed' : 404;
    if (caller === 'admin') return 'allowed';
    if (caller === 'noAccess' && row.kind === 'repo') return 404;
    if (perm === 'ADMIN') return 403;
    if (perm === null || perm === undefined) return 'allowed';
    if (ROLE_PERMISSIONS.MEMBER.has(perm)) return 'allowed';
    if (caller === 'granted') {
      if (GRANTED_ORG.includes(perm)) return 'allowed';
      // REPOS_MANAGE on one repository: enough for that repository and for tags, not to add repositories.
      // REPOS_MANAGE on the main repository only: not for adding repositories, nor for the fresh one deleted.
      if (perm === 'REPOS_MANAGE' && url !== '/api/v2/repositories/addByUrl' && url !== '/api/v2/repositories/delete') return 'allowed';
    }
    return 403;
  }

  const cells = Object.keys(ROWS).flatMap((url) => CALLERS.map((c) => [url, c] as const));
  it.each(cells)('%s as %s', async (url, caller) => {
    const body = { ...(await ROWS[url]!.body()), ...(ROWS[url]!.ownOrgOnly ? {} : { organizationId: p.org.orgId }) };
    const res = await post(p, url, body, headers[caller]);
    const want = expected(url, caller);
    const detail = `${url} as ${caller}: ${res.statusCode} ${res.body.slice(0, 200)}`;
    expect(res.statusCode, detail).toBeLessThan(500);
    if (want === 'allowed') expect([401, 403, 404], detail).not.toContain(res.statusCode);
    else expect(res.statusCode, detail).toBe(want);
    if (ROWS[url]!.kind === 'list' && caller === 'noAccess') {
      const json = res.json() as Record<string, unknown> | unknown[];
      const items = Array.isArray(json) ? json : Object.values(json).find(Array.isArray);
      if (items === undefined) expect((json as { repositoryId?: unknown }).repositoryId, detail).toBeNull();
      else expect(items, detail).toEqual([]);
    }
  });
});
