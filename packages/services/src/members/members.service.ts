import { type Actor, AppError, type Role, notFound } from '@nullpath/core';
import { invitationsRepo, orgsRepo, teamsRepo, usersRepo, withTx } from '@nullpath/db';
import type { AccessResolver } from '../access/access';
import { writeAudit } from '../audit/audit.service';
import type { Mailer } from '../mail/mailer';
import type { CoreDeps } from '../shared/deps';
import { keyedHash, randomToken } from '../shared/keyed-hash';
import { DAY_MS, addMs, iso } from '../shared/time';

export const INVITATION_TTL_DAYS = 7;

export type MemberStatus = 'active' | 'pendingInvite' | 'scimDeprovisioned';

export interface MemberView {
  userId: string | null;
  email: string;
  name: string | null;
  role: Role;
  status: MemberStatus;
  joinedAt: string | null;
  invitationId: string | null;
  invitedAt: string | null;
  expiresAt: string | null;
  expired: boolean;
}

export interface InvitationResult {
  invitationId: string;
  email: string;
  role: Role;
  status: 'pendingInvite';
  expiresAt: string;
  /** Present only when no SMTP is configured, so an admin can pass the link on by hand. */
  inviteUrl?: string;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function createMembersService(
  deps: Pick<CoreDeps, 'db' | 'clock' | 'secretKey' | 'publicUrl'> & { access: AccessResolver; mailer: Mailer },
) {
  const { db, clock, secretKey, access, mailer } = deps;

  const requireAdminFor = (role: Role, accRole: Role, what: string) => {
    if (role === 'ADMIN' && accRole !== 'ADMIN') {
      throw new AppError('FORBIDDEN', `${what} as ADMIN requires the ADMIN role`, { details: { role: 'ADMIN' } });
    }
  };

  async function activeMembershipOrThrow(orgId: string, userId: string) {
    const m = await orgsRepo.findMembership(db, orgId, userId);
    if (!m) throw notFound('Member', userId);
    if (m.status === 'scimDeprovisioned') {
      throw new AppError('CONFLICT', `Member '${userId}' is managed by the identity provider (SCIM-deprovisioned)`);
    }
    return m;
  }

  return {
    async list(actor: Actor, input: { organizationId?: string }): Promise<MemberView[]> {
      const acc = await access.require(actor, 'MEMBERS_VIEW', input.organizationId);
      const now = iso(clock());
      const members: MemberView[] = (await orgsRepo.listMembers(db, acc.orgId)).map((m) => ({
        userId: m.user_id,
        email: m.email,
        name: m.name,
        role: m.role,
        status: m.status,
        joinedAt: m.created_at,
        invitationId: null,
        invitedAt: null,
        expiresAt: null,
        expired: false,
      }));
      const invites: MemberView[] = (await invitationsRepo.listOpenInvitations(db, acc.orgId)).map((i) => ({
        userId: null,
        email: i.email,
        name: null,
        role: i.role,
        status: 'pendingInvite',
        joinedAt: null,
        invitationId: i.id,
        invitedAt: i.created_at,
        expiresAt: i.expires_at,
        expired: i.expires_at <= now,
      }));
      return [...members, ...invites];
    },

    async invite(
      actor: Actor,
      input: { organizationId?: string; email: string; role?: Role; ip?: string | null },
    ): Promise<InvitationResult> {
      const role = input.role ?? 'MEMBER';
      const email = usersRepo.normaliseEmail(input.email);
      if (!EMAIL_RE.test(email)) {
        throw new AppError('VALIDATION_FAILED', `email: '${input.email}' is not a valid email address`, { details: { field: 'email' } });
      }
      const acc = await access.require(actor, 'MEMBERS_MANAGE', input.organizationId);
      requireAdminFor(role, acc.role, 'Inviting a member');
      const existing = await usersRepo.findUserByEmail(db, email);
      if (existing && (await orgsRepo.findMembership(db, acc.orgId, existing.id))) {
        throw new AppError('CONFLICT', `'${email}' is already a member of this organization`);
      }
      const token = randomToken();
      const expiresAt = iso(addMs(clock(), INVITATION_TTL_DAYS * DAY_MS));
      const invitation = await withTx(db, async (tx) => {
        // Re-inviting revokes any pending or expired invitation: only the newest link works.
        const revoked = await invitationsRepo.revokeOpenInvitations(tx, acc.orgId, email);
        const row = await invitationsRepo.insertInvitation(tx, {
          orgId: acc.orgId,
          email,
          role,
          tokenHash: keyedHash(secretKey, `invite:${token}`),
          invitedBy: actor.userId,
          expiresAt,
        });
        await writeAudit(tx, actor, {
          orgId: acc.orgId,
          action: 'member.invited',
          targetType: 'invitation',
          targetId: row.id,
          ip: input.ip ?? null,
          details: { email, role, revokedPrevious: revoked },
        });
        return row;
      });
      const org = await orgsRepo.findOrgById(db, acc.orgId);
      const inviteUrl = `${deps.publicUrl().replace(/\/$/, '')}/invite?token=${token}`;
      await mailer.send({
        to: email,
        subject: `You are invited to ${org?.name ?? 'an organization'} on Nullpath`,
        body: `${actor.email} invited you to join ${org?.name ?? 'their organization'} on Nullpath as ${role}.\n\n` +
          `Accept the invitation (valid for ${INVITATION_TTL_DAYS} days, single use):\n${inviteUrl}\n`,
      });
      return {
        invitationId: invitation.id,
        email,
        role,
        status: 'pendingInvite',
        expiresAt,
        ...(mailer.delivers ? {} : { inviteUrl }),
      };
    },

    async updateRole(
      actor: Actor,
      input: { organizationId?: string; userId: string; role: Role; ip?: string | null },
    ): Promise<MemberView> {
      const acc = await access.require(actor, 'MEMBERS_MANAGE', input.organizationId);
      requireAdminFor(input.role, acc.role, 'Promoting a member');
      const m = await activeMembershipOrThrow(acc.orgId, input.userId);
      await withTx(db, async (tx) => {
        if (m.role === 'ADMIN' && input.role !== 'ADMIN' && (await orgsRepo.countActiveAdmins(tx, acc.orgId)) <= 1) {
          throw new AppError('CONFLICT', 'The last admin of an organization cannot be demoted; promote another member first');
        }
        await orgsRepo.updateMembershipRole(tx, acc.orgId, input.userId, input.role);
        await writeAudit(tx, actor, {
          orgId: acc.orgId,
          action: 'member.role_changed',
          targetType: 'user',
          targetId: input.userId,
          ip: input.ip ?? null,
          details: { from: m.role, to: input.role },
        });
      });
      const user = await usersRepo.findUserById(db, input.userId);
      return {
        userId: input.userId,
        email: user?.email ?? '',
        name: user?.name ?? null,
        role: input.role,
        status: 'active',
        joinedAt: m.created_at,
        invitationId: null,
        invitedAt: null,
        expiresAt: null,
        expired: false,
      };
    },

    /** Removes an active member (by userId or email) or revokes a pending/expired invitation (by email). */
    async remove(
      actor: Actor,
      input: { organizationId?: string; userId?: string; email?: string; ip?: string | null },
    ): Promise<{ removed: 'member' | 'invitation' }> {
      const acc = await access.require(actor, 'MEMBERS_MANAGE', input.organizationId);
      const email = input.email === undefined ? undefined : usersRepo.normaliseEmail(input.email);
      const user = input.userId !== undefined
        ? await usersRepo.findUserById(db, input.userId)
        : email !== undefined ? await usersRepo.findUserByEmail(db, email) : undefined;
      const membership = user ? await orgsRepo.findMembership(db, acc.orgId, user.id) : undefined;
      if (user && membership) {
        if (membership.status === 'scimDeprovisioned') {
          throw new AppError('CONFLICT', `'${user.email}' is managed by the identity provider (SCIM); remove them there`);
        }
        if (membership.role === 'ADMIN') {
          throw new AppError('CONFLICT', `'${user.email}' is an admin: demote to member first`);
        }
        await withTx(db, async (tx) => {
          await orgsRepo.deleteMembership(tx, acc.orgId, user.id);
          await teamsRepo.removeUserFromOrgTeams(tx, acc.orgId, user.id);
          await invitationsRepo.revokeOpenInvitations(tx, acc.orgId, user.email);
          await writeAudit(tx, actor, {
            orgId: acc.orgId, action: 'member.removed', targetType: 'user', targetId: user.id, ip: input.ip ?? null,
            details: { email: user.email },
          });
        });
        return { removed: 'member' };
      }
      const inviteEmail = email ?? user?.email;
      if (inviteEmail !== undefined) {
        const open = await invitationsRepo.findOpenInvitationByEmail(db, acc.orgId, inviteEmail);
        if (open) {
          await withTx(db, async (tx) => {
            await invitationsRepo.revokeOpenInvitations(tx, acc.orgId, inviteEmail);
            await writeAudit(tx, actor, {
              orgId: acc.orgId, action: 'invitation.revoked', targetType: 'invitation', targetId: open.id, ip: input.ip ?? null,
              details: { email: inviteEmail },
            });
          });
          return { removed: 'invitation' };
        }
      }
      throw notFound('Member', input.userId ?? input.email ?? '');
    },
  };
}

export type MembersService = ReturnType<typeof createMembersService>;
