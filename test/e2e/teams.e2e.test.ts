import { TEST_DIALECTS } from '@nullpath/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededUser } from '../../apps/server/test/harness';
import { DEMO_LOCK, DEMO_PKG, GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

/**
 * Teams, tags and repository visibility end to end: real scans of two repositories, then a MEMBER whose
 * view follows team grants by tag, on the next request, across repositories, scans, issues and SCA.
 */
describe.each(TEST_DIALECTS)('teams and repository visibility on %s', (dialect) => {
  let p: Pipeline;
  const repos: GitFixture[] = [];
  let payments = '';
  let web = '';
  let member: SeededUser;
  let memberH: Record<string, string>;
  let adminIssuesOfPayments = 0;

  beforeAll(async () => {
    p = await createPipeline(dialect);
    for (const name of ['payments', 'web']) {
      const r = new GitFixture().write({ 'app.js': VULNERABLE_APP, 'package.json': DEMO_PKG, 'package-lock.json': DEMO_LOCK });
      r.commit(name);
      repos.push(r);
      const id = (await p.api('/api/v2/repositories/addByUrl', { url: r.url, name })).body.repository.id as string;
      const scan = (await p.api('/api/v2/scans/start', { repositoryId: id })).body.scan;
      expect((await p.waitForScan(scan.id)).status).toBe('COMPLETED');
      if (name === 'payments') payments = id;
      else web = id;
    }
    adminIssuesOfPayments = (await p.api('/api/v2/issues/search', { repositoryIds: [payments] })).body.totalCount;
    expect(adminIssuesOfPayments).toBeGreaterThan(0);
    member = await p.org.addUser('MEMBER');
    memberH = (await p.org.token(member)).headers;
  }, 180_000);
  afterAll(async () => {
    await p.close();
    for (const r of repos) r.destroy();
  });

  const asMember = (url: string, body: object = {}) => p.api(url, body, memberH);
  const visibleRepoIds = async () => ((await asMember('/api/v2/repositories/list')).body.repositories as Array<{ id: string }>).map((r) => r.id).sort();

  it('under ALL a member sees every repository; under TEAMS_ONLY nothing until a team grant reaches it', async () => {
    expect(await visibleRepoIds()).toEqual([payments, web].sort());
    expect((await p.api('/api/v2/organizations/updateSettings', { memberRepositoryAccess: 'TEAMS_ONLY' })).body.settings.memberRepositoryAccess).toBe('TEAMS_ONLY');
    expect(await visibleRepoIds()).toEqual([]);
    const issues = await asMember('/api/v2/issues/search', {});
    expect(issues.status).toBe(200);
    expect(issues.body.totalCount).toBe(0);
    const v1 = await asMember('/api/v1/issues/search', { getCounts: true });
    expect(v1.body.issues).toEqual([]);
    expect(Object.values(v1.body.categoryCounts as Record<string, number>).every((n) => n === 0)).toBe(true);
    expect((await asMember('/api/v2/scans/list', {})).body.totalCount).toBe(0);
    expect((await asMember('/api/v1/sca/repositories/search', {})).body.repositories).toEqual([]);
    const hidden = await asMember('/api/v2/repositories/get', { repositoryId: payments });
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('NOT_FOUND');
    // The admin still sees everything.
    expect((await p.api('/api/v2/repositories/list', {})).body.totalCount).toBe(2);
  });

  it('a tag grant covers a repository from the moment it is tagged, and stops when untagged', async () => {
    const tag = (await p.api('/api/v2/tags/create', { name: 'PCI', color: '#AA3300' })).body.tag;
    expect(tag).toMatchObject({ name: 'PCI', color: '#aa3300', repositoryIds: [], usedByTeamGrants: false });
    const team = (await p.api('/api/v2/teams/create', { name: 'Payments team' })).body.team;
    const perms = await p.api('/api/v2/teams/updatePermissions', { teamId: team.id, repoAccess: { mode: 'selected', tagIds: [tag.id] } });
    expect(perms.status).toBe(200);
    expect(perms.body.repoAccess).toEqual({ mode: 'selected', permissions: [], repositoryIds: [], tagIds: [tag.id] });
    await p.api('/api/v2/teams/addMembers', { teamId: team.id, userIds: [member.userId] });
    expect(await visibleRepoIds()).toEqual([]);

    const tagged = await p.api('/api/v2/repositories/update', { repositoryId: payments, tagIds: [tag.id] });
    expect(tagged.body.repository).toMatchObject({ tags: ['PCI'], tagIds: [tag.id] });
    expect(await visibleRepoIds()).toEqual([payments]);
    expect((await p.api('/api/v2/repositories/list', { tagIds: [tag.id] })).body.repositories.map((r: { id: string }) => r.id)).toEqual([payments]);
    const issues = await asMember('/api/v2/issues/search', { limit: 100 });
    expect(issues.body.totalCount).toBe(adminIssuesOfPayments);
    expect((issues.body.issues as Array<{ repositoryId: string }>).every((i) => i.repositoryId === payments)).toBe(true);
    const v1 = await asMember('/api/v1/issues/search', { getCounts: true, pageSize: 500 });
    expect(Object.values(v1.body.categoryCounts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(adminIssuesOfPayments);
    const scans = (await asMember('/api/v2/scans/list', {})).body.scans as Array<{ repositoryId: string }>;
    expect(scans.map((s) => s.repositoryId)).toEqual([payments]);
    const sca = (await asMember('/api/v1/sca/repositories/search', {})).body.repositories as Array<{ id: string }>;
    expect(sca.map((r) => r.id)).toEqual([payments]);
    const webIssue = (await p.api('/api/v2/issues/search', { repositoryIds: [web] })).body.issues[0];
    expect((await asMember('/api/v2/issues/get', { issueId: webIssue.id })).status).toBe(404);
    expect((await asMember('/api/v2/issues/search', { repositoryIds: [web] })).body.totalCount).toBe(0);

    await p.api('/api/v2/repositories/update', { repositoryId: payments, tagIds: [] });
    expect(await visibleRepoIds()).toEqual([]);
    expect((await asMember('/api/v2/issues/search', {})).body.totalCount).toBe(0);
  });

  it('repository grants add permissions on that repository only; losing the team takes effect on the next request', async () => {
    await p.api('/api/v2/organizations/updateSettings', { memberRepositoryAccess: 'ALL' });
    const denied = await asMember('/api/v2/repositories/update', { repositoryId: payments, name: 'payments-svc' });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatch(/REPOS_MANAGE/);
    const team = (await p.api('/api/v2/teams/create', { name: 'Maintainers' })).body.team;
    await p.api('/api/v2/teams/updatePermissions', { teamId: team.id, repoAccess: { mode: 'selected', permissions: ['REPOS_MANAGE'], repositoryIds: [payments] } });
    await p.api('/api/v2/teams/addMembers', { teamId: team.id, userIds: [member.userId] });
    expect((await asMember('/api/v2/repositories/update', { repositoryId: payments, name: 'payments-svc' })).status).toBe(200);
    expect((await asMember('/api/v2/repositories/update', { repositoryId: web, name: 'web-x' })).status).toBe(403);
    await p.api('/api/v2/teams/removeMembers', { teamId: team.id, userIds: [member.userId] });
    expect((await asMember('/api/v2/repositories/update', { repositoryId: payments, name: 'payments' })).status).toBe(403);
  });

  it('validates grants: unknown names list the valid ones, foreign ids are 404, and nothing changes', async () => {
    const team = (await p.api('/api/v2/teams/create', { name: 'Validation' })).body.team;
    const before = (await p.api('/api/v2/teams/getPermissions', { teamId: team.id })).body;
    const bad = await p.api('/api/v2/teams/updatePermissions', { teamId: team.id, organizationPermissions: ['AGENT_RUN', 'FLY'], repoAccess: { mode: 'universal' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/'FLY'/);
    expect(bad.body.error).toMatch(/TEAM_MANAGE/);
    const other = await p.seedOrg('Globex');
    const otherTag = (await p.api('/api/v2/tags/create', { name: 'theirs' }, (await other.token(other.admin)).headers)).body.tag;
    const foreign = await p.api('/api/v2/teams/updatePermissions', { teamId: team.id, repoAccess: { mode: 'selected', tagIds: [otherTag.id] } });
    expect(foreign.status).toBe(404);
    const mixed = await p.api('/api/v2/teams/updatePermissions', { teamId: team.id, repoAccess: { mode: 'universal', repositoryIds: [payments] } });
    expect(mixed.status).toBe(400);
    expect((await p.api('/api/v2/teams/getPermissions', { teamId: team.id })).body).toEqual(before);
    const ok = await p.api('/api/v2/teams/updatePermissions', { teamId: team.id, organizationPermissions: ['AGENT_RUN'], repoAccess: { mode: 'universal', permissions: ['ISSUES_MANAGE'] } });
    expect(ok.body.organizationPermissions.sort()).toEqual(['AGENT_RUN', 'AGENT_VIEW']);
    expect(ok.body.repoAccess).toEqual({ mode: 'universal', permissions: ['ISSUES_MANAGE'], repositoryIds: [], tagIds: [] });
  });

  it('refuses duplicate, oversized and unknown names and ids without changing anything', async () => {
    expect((await p.api('/api/v2/teams/create', { name: 'payments TEAM' })).status).toBe(409);
    expect((await p.api('/api/v2/teams/create', { name: 'x'.repeat(101) })).status).toBe(400);
    expect((await p.api('/api/v2/teams/create', { name: '   ' })).status).toBe(400);
    expect((await p.api('/api/v2/teams/get', { teamId: 'nope' })).status).toBe(404);
    expect((await p.api('/api/v2/tags/create', { name: 'pci' })).status).toBe(409);
    expect((await p.api('/api/v2/tags/create', { name: 'ok', color: 'red' })).status).toBe(400);
    expect((await p.api('/api/v2/tags/create', { name: 'ok', repositoryIds: ['missing-repo'] })).status).toBe(404);
    expect((await p.api('/api/v2/tags/list', { searchQuery: 'ok' })).body.totalCount).toBe(0);
    const t = (await p.api('/api/v2/teams/list', { searchQuery: 'payments' })).body;
    expect(t.totalCount).toBe(1);
    expect((await p.api('/api/v2/teams/addMembers', { teamId: t.teams[0].id, userIds: ['not-a-member'] })).status).toBe(404);
  });

  it('permission templates: exactly one target, applied to every team, and default for new teams', async () => {
    const tpl = (await p.api('/api/v2/permissionTemplates/create', {
      name: 'Triagers', isDefault: true, organizationPermissions: ['AGENT_VIEW'], repoAccess: { mode: 'universal', permissions: ['ISSUES_MANAGE'] },
    })).body.template;
    expect(tpl).toMatchObject({ name: 'Triagers', isDefault: true, organizationPermissions: ['AGENT_VIEW'] });
    const both = await p.api('/api/v2/permissionTemplates/apply', { templateId: tpl.id, teamIds: ['x'], allTeams: true });
    expect(both.status).toBe(400);
    expect((await p.api('/api/v2/permissionTemplates/apply', { templateId: tpl.id })).status).toBe(400);
    const fresh = (await p.api('/api/v2/teams/create', { name: 'New hires' })).body.team;
    expect(fresh.permissions.repoAccess).toEqual({ mode: 'universal', permissions: ['ISSUES_MANAGE'], repositoryIds: [], tagIds: [] });
    const applied = await p.api('/api/v2/permissionTemplates/apply', { templateId: tpl.id, allTeams: true });
    const total = (await p.api('/api/v2/teams/list', {})).body.totalCount;
    expect(applied.body.teamIds).toHaveLength(total);
    await p.api('/api/v2/permissionTemplates/update', { templateId: tpl.id, isDefault: false });
  });

  it('no escalation: a TEAM_MANAGE member cannot grant what they lack; tags used by grants need TEAM_MANAGE', async () => {
    const lead = await p.org.addUser('MEMBER');
    const leadH = (await p.org.token(lead)).headers;
    const admins = (await p.api('/api/v2/teams/create', { name: 'Team admins' })).body.team;
    await p.api('/api/v2/teams/updatePermissions', { teamId: admins.id, organizationPermissions: ['TEAM_MANAGE'], repoAccess: { mode: 'universal', permissions: ['REPOS_MANAGE'] } });
    await p.api('/api/v2/teams/addMembers', { teamId: admins.id, userIds: [lead.userId] });
    const own = (await p.api('/api/v2/teams/create', { name: 'Lead team' }, leadH)).body.team;
    const escalate = await p.api('/api/v2/teams/updatePermissions', { teamId: own.id, organizationPermissions: ['MEMBERS_MANAGE'], repoAccess: { mode: 'selected' } }, leadH);
    expect(escalate.status).toBe(403);
    expect(escalate.body.error).toMatch(/MEMBERS_MANAGE/);

    // A REPOS_MANAGE holder without TEAM_MANAGE may not change a tag that team grants use.
    const repoAdmin = await p.org.addUser('MEMBER');
    const repoAdminH = (await p.org.token(repoAdmin)).headers;
    const ra = (await p.api('/api/v2/teams/create', { name: 'Repo admins' })).body.team;
    await p.api('/api/v2/teams/updatePermissions', { teamId: ra.id, repoAccess: { mode: 'universal', permissions: ['REPOS_MANAGE'] } });
    await p.api('/api/v2/teams/addMembers', { teamId: ra.id, userIds: [repoAdmin.userId] });
    const pci = (await p.api('/api/v2/tags/list', { searchQuery: 'pci' })).body.tags[0];
    const byTag = (await p.api('/api/v2/teams/create', { name: 'PCI auditors' })).body.team;
    await p.api('/api/v2/teams/updatePermissions', { teamId: byTag.id, repoAccess: { mode: 'selected', permissions: ['ISSUES_VIEW'], tagIds: [pci.id] } });
    expect((await p.api('/api/v2/tags/get', { tagId: pci.id })).body.tag.usedByTeamGrants).toBe(true);
    const rename = await p.api('/api/v2/tags/update', { tagId: pci.id, name: 'PCI-DSS' }, repoAdminH);
    expect(rename.status).toBe(403);
    expect(rename.body.error).toMatch(/TEAM_MANAGE/);
    expect((await p.api('/api/v2/tags/delete', { tagId: pci.id }, repoAdminH)).status).toBe(403);
    const free = (await p.api('/api/v2/tags/create', { name: 'free' }, repoAdminH)).body.tag;
    expect((await p.api('/api/v2/tags/update', { tagId: free.id, repositoryIds: [web] }, repoAdminH)).body.tag.repositoryIds).toEqual([web]);
  });

  it('catalogue and audit log: the catalogue for anyone, the log (with before → after) for admins only', async () => {
    const cat = (await asMember('/api/v2/permissions/list', {})).body;
    expect(cat.permissions).toContainEqual(expect.objectContaining({ name: 'REPOS_MANAGE', level: 'repository' }));
    expect(cat.permissions).toContainEqual(expect.objectContaining({ name: 'AGENT_RUN', level: 'organization', implies: ['AGENT_VIEW'] }));
    expect((await asMember('/api/v2/auditLog/list', {})).status).toBe(403);
    const log = (await p.api('/api/v2/auditLog/list', { action: 'team.permissions_updated', limit: 200 })).body;
    expect(log.totalCount).toBeGreaterThan(3);
    const entry = log.entries.find((e: { details: { after?: { repoAccess?: { tagIds?: string[] } } } }) => (e.details.after?.repoAccess?.tagIds ?? []).length > 0);
    expect(entry.actor.email).toBe(p.org.admin.email);
    expect(entry.details.before.repoAccess.mode).toBe('selected');
  });

  it('organizations: create makes the caller ADMIN; delete needs the name and ends its tokens at once', async () => {
    const created = await p.api('/api/v2/organizations/create', { name: 'Side project' });
    expect(created.body.organization).toMatchObject({ name: 'Side project', role: 'ADMIN' });
    expect((await p.api('/api/v2/organizations/create', { name: '' })).status).toBe(400);
    const doomed = await p.seedOrg('Doomed');
    const h = (await doomed.token(doomed.admin)).headers;
    expect((await p.api('/api/v2/repositories/list', {}, h)).status).toBe(200);
    const wrong = await p.api('/api/v2/organizations/delete', { organizationId: doomed.orgId, confirmName: 'doomed?' }, h);
    expect(wrong.status).toBe(400);
    expect((await p.api('/api/v2/organizations/delete', { organizationId: doomed.orgId, confirmName: 'Doomed' }, memberH)).status).toBe(404);
    expect((await p.api('/api/v2/organizations/delete', { organizationId: doomed.orgId, confirmName: 'Doomed' }, h)).body).toEqual({ deleted: true, organizationId: doomed.orgId });
    expect((await p.api('/api/v2/repositories/list', {}, h)).status).toBe(401);
  });
});
