import { orgsRepo, outboxRepo } from '@nullpath/db';
import { TEST_DIALECTS } from '@nullpath/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, type SeededOrg, type TokenCreds, createHarness, errorOf, post } from './harness';

const tokenFromUrl = (url: string) => new URL(url).searchParams.get('token')!;

describe.each(TEST_DIALECTS)('organization members on %s', (dialect) => {
  let h: Harness;
  let org: SeededOrg;
  let admin: TokenCreds;
  beforeEach(async () => {
    h = await createHarness(dialect);
    org = await h.seedOrg('Acme');
    admin = await org.token(org.admin, { days: 365 });
  });
  afterEach(() => h.close());

  const invite = (body: object, headers = admin.headers) => post(h, '/api/v2/organizations/inviteMember', body, headers);
  const list = async () => (await post(h, '/api/v2/organizations/listMembers', {}, admin.headers)).json().members as Array<Record<string, unknown>>;

  it('lists members and invitations with active, pendingInvite and scimDeprovisioned status', async () => {
    const scim = await org.addUser('MEMBER', 'scim@example.com');
    await orgsRepo.setMembershipStatus(h.db, org.orgId, scim.userId, 'scimDeprovisioned');
    expect((await invite({ email: 'New@Example.com' })).statusCode).toBe(200);
    const members = await list();
    const by = (email: string) => members.find((m) => m.email === email);
    expect(by(org.admin.email)).toMatchObject({ status: 'active', role: 'ADMIN', userId: org.admin.userId });
    expect(by('scim@example.com')).toMatchObject({ status: 'scimDeprovisioned', role: 'MEMBER' });
    expect(by('new@example.com')).toMatchObject({ status: 'pendingInvite', role: 'MEMBER', userId: null, expired: false });
  });

  it('invites as MEMBER by default, writes the mail to the outbox, and the link creates the account', async () => {
    const res = await invite({ email: 'dev@example.com' });
    expect(res.statusCode).toBe(200);
    const inv = res.json();
    expect(inv).toMatchObject({ email: 'dev@example.com', role: 'MEMBER', status: 'pendingInvite', expiresAt: '2026-12-04T12:00:00.000Z' });
    const mail = await outboxRepo.listOutbox(h.db, 'dev@example.com');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.status).toBe('logged');
    expect(mail[0]!.body).toContain(inv.inviteUrl);

    const token = tokenFromUrl(inv.inviteUrl);
    const noPassword = await post(h, '/api/v2/invitations/accept', { token });
    expect(noPassword.statusCode).toBe(400);
    expect(errorOf(noPassword).error).toMatch(/^password:/);
    const accepted = await post(h, '/api/v2/invitations/accept', { token, password: 'a long password' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ organizationId: org.orgId, email: 'dev@example.com', role: 'MEMBER', createdUser: true });
    expect(accepted.headers['set-cookie']).toMatch(/np_session=.*HttpOnly.*SameSite=Strict/i);

    const login = await post(h, '/auth/login', { email: 'dev@example.com', password: 'a long password' });
    expect(login.statusCode).toBe(200);
    expect(login.json().organizations).toEqual([{ id: org.orgId, name: 'Acme', role: 'MEMBER' }]);
    const reuse = await post(h, '/api/v2/invitations/accept', { token, password: 'a long password' });
    expect(reuse.statusCode).toBe(404);
  });

  it('lets only the invited account, signed in, accept an invitation for an existing user', async () => {
    const other = await h.seedOrg('Globex');
    const res = await invite({ email: other.admin.email, role: 'ADMIN' });
    const token = tokenFromUrl(res.json().inviteUrl);
    const anonymous = await post(h, '/api/v2/invitations/accept', { token });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['set-cookie']).toBeUndefined();
    expect(errorOf(anonymous).error).toBe(`Sign in as ${other.admin.email} to accept this invitation`);

    const inviter = await post(h, '/auth/login', { email: org.admin.email, password: org.admin.password });
    const asInviter = await post(h, '/api/v2/invitations/accept', { token }, {
      cookie: String(inviter.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': inviter.json().csrfToken,
    });
    expect(asInviter.statusCode).toBe(403);

    const invitee = await post(h, '/auth/login', { email: other.admin.email, password: other.admin.password });
    const cookie = String(invitee.headers['set-cookie']).split(';')[0]!;
    expect((await post(h, '/api/v2/invitations/accept', { token }, { cookie })).statusCode).toBe(403);
    const accepted = await post(h, '/api/v2/invitations/accept', { token }, { cookie, 'x-csrf-token': invitee.json().csrfToken });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.headers['set-cookie']).toBeUndefined();
    expect(accepted.json()).toMatchObject({ createdUser: false, role: 'ADMIN', userId: other.admin.userId });
    const m = await orgsRepo.findMembership(h.db, org.orgId, other.admin.userId);
    expect(m?.role).toBe('ADMIN');
  });

  it('re-inviting revokes the previous link; an expired link is refused and can be re-issued', async () => {
    const first = tokenFromUrl((await invite({ email: 'dev@example.com' })).json().inviteUrl);
    const second = tokenFromUrl((await invite({ email: 'dev@example.com', role: 'ADMIN' })).json().inviteUrl);
    expect((await post(h, '/api/v2/invitations/accept', { token: first, password: 'a long password' })).statusCode).toBe(404);
    expect((await list()).filter((m) => m.email === 'dev@example.com')).toHaveLength(1);

    h.clock.now = new Date('2026-12-04T12:00:00.000Z');
    const expired = await post(h, '/api/v2/invitations/accept', { token: second, password: 'a long password' });
    expect(expired.statusCode).toBe(409);
    expect(errorOf(expired).error).toMatch(/expired/);
    expect((await list()).find((m) => m.email === 'dev@example.com')).toMatchObject({ expired: true, status: 'pendingInvite' });

    const third = tokenFromUrl((await invite({ email: 'dev@example.com' })).json().inviteUrl);
    expect((await post(h, '/api/v2/invitations/accept', { token: third, password: 'a long password' })).statusCode).toBe(200);
  });

  it('refuses to invite an existing member (409) and a member cannot invite (403)', async () => {
    const member = await org.addUser('MEMBER');
    expect((await invite({ email: member.email })).statusCode).toBe(409);
    const mTok = await org.token(member);
    const res = await invite({ email: 'z@example.com' }, mTok.headers);
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('FORBIDDEN');
    expect((await invite({ email: 'not-an-email' })).statusCode).toBe(400);
  });

  it('changes roles and never demotes the last admin', async () => {
    const member = await org.addUser('MEMBER');
    const up = await post(h, '/api/v2/organizations/updateMemberRole', { userId: member.userId, role: 'ADMIN' }, admin.headers);
    expect(up.statusCode).toBe(200);
    expect(up.json().member).toMatchObject({ userId: member.userId, role: 'ADMIN', status: 'active' });
    const down = await post(h, '/api/v2/organizations/updateMemberRole', { userId: member.userId, role: 'MEMBER' }, admin.headers);
    expect(down.statusCode).toBe(200);
    const last = await post(h, '/api/v2/organizations/updateMemberRole', { userId: org.admin.userId, role: 'MEMBER' }, admin.headers);
    expect(last.statusCode).toBe(409);
    expect(errorOf(last).error).toMatch(/last admin/);
    expect((await orgsRepo.findMembership(h.db, org.orgId, org.admin.userId))?.role).toBe('ADMIN');
  });

  it('removes members and invitations, but not admins, SCIM-managed members or the last admin', async () => {
    const member = await org.addUser('MEMBER');
    const removeMember = (body: object) => post(h, '/api/v2/organizations/removeMember', body, admin.headers);
    expect((await removeMember({ userId: member.userId })).json()).toEqual({ removed: 'member' });
    expect(await orgsRepo.findMembership(h.db, org.orgId, member.userId)).toBeUndefined();

    await invite({ email: 'pending@example.com' });
    expect((await removeMember({ email: 'pending@example.com' })).json()).toEqual({ removed: 'invitation' });
    const expiredUrl = (await invite({ email: 'late@example.com' })).json().inviteUrl;
    h.clock.now = new Date('2026-12-10T00:00:00.000Z');
    expect((await removeMember({ email: 'late@example.com' })).json()).toEqual({ removed: 'invitation' });
    h.clock.now = new Date('2026-12-01T00:00:00.000Z');
    expect((await post(h, '/api/v2/invitations/accept', { token: tokenFromUrl(expiredUrl), password: 'a long password' })).statusCode).toBe(404);
    expect((await list()).map((m) => m.email)).toEqual([org.admin.email]);

    const otherAdmin = await org.addUser('ADMIN');
    const adminRemoval = await removeMember({ userId: otherAdmin.userId });
    expect(adminRemoval.statusCode).toBe(409);
    expect(errorOf(adminRemoval).error).toMatch(/demote to member first/);
    const self = await removeMember({ userId: org.admin.userId });
    expect(self.statusCode).toBe(409);

    const scim = await org.addUser('MEMBER');
    await orgsRepo.setMembershipStatus(h.db, org.orgId, scim.userId, 'scimDeprovisioned');
    const scimRemoval = await removeMember({ userId: scim.userId });
    expect(scimRemoval.statusCode).toBe(409);
    expect(errorOf(scimRemoval).error).toMatch(/identity provider/);
    const scimRole = await post(h, '/api/v2/organizations/updateMemberRole', { userId: scim.userId, role: 'ADMIN' }, admin.headers);
    expect(scimRole.statusCode).toBe(409);

    expect((await removeMember({ email: 'nobody@example.com' })).statusCode).toBe(404);
    expect((await removeMember({})).statusCode).toBe(400);
  });

  describe('authorization on every member route', () => {
    const routes: Array<[string, (ids: { userId: string }) => object]> = [
      ['/api/v2/organizations/listMembers', () => ({})],
      ['/api/v2/organizations/inviteMember', () => ({ email: 'q@example.com' })],
      ['/api/v2/organizations/updateMemberRole', ({ userId }) => ({ userId, role: 'MEMBER' })],
      ['/api/v2/organizations/removeMember', ({ userId }) => ({ userId })],
    ];
    it.each(routes)('%s: 401 without a token, 404 across organizations', async (url, body) => {
      const member = await org.addUser('MEMBER');
      expect((await post(h, url, body(member))).statusCode).toBe(401);
      const other = await h.seedOrg('Globex');
      const otherTok = await other.token(other.admin);
      const res = await post(h, url, { ...body(member), organizationId: org.orgId }, otherTok.headers);
      expect(res.statusCode).toBe(404);
    });
    it.each(routes.slice(1))('%s: 403 for a member without MEMBERS_MANAGE', async (url, body) => {
      const member = await org.addUser('MEMBER');
      const target = await org.addUser('MEMBER');
      const res = await post(h, url, body(target), (await org.token(member)).headers);
      expect(res.statusCode).toBe(403);
    });
    it('a member may list members (MEMBERS_VIEW)', async () => {
      const member = await org.addUser('MEMBER');
      expect((await post(h, '/api/v2/organizations/listMembers', {}, (await org.token(member)).headers)).statusCode).toBe(200);
    });
  });
});
