import { AppError, type UserActor } from '@nullpath/core';
import { invitationsRepo, orgsRepo, usersRepo, withTx } from '@nullpath/db';
import { writeAudit } from '../audit/audit.service';
import type { AuthService, SessionInfo } from '../auth/auth.service';
import { assertPasswordPolicy, hashPassword } from '../auth/passwords';
import type { CoreDeps } from '../shared/deps';
import { keyedHash } from '../shared/keyed-hash';
import { iso } from '../shared/time';

export interface AcceptedInvitation {
  organizationId: string;
  organizationName: string;
  userId: string;
  email: string;
  role: 'ADMIN' | 'MEMBER';
  createdUser: boolean;
  /** Only when the account was created here; an existing user keeps the session they accepted with. */
  session: SessionInfo | null;
}

/** Accepting needs no login: the one-time token from the mail is the credential. */
export function createInvitationsService(deps: Pick<CoreDeps, 'db' | 'clock' | 'secretKey'> & { auth: AuthService }) {
  const { db, clock, secretKey, auth } = deps;
  const invalid = () => new AppError('NOT_FOUND', 'This invitation link is not valid');

  return {
    async describe(token: string): Promise<{ email: string; organizationName: string; role: string; userExists: boolean; expiresAt: string }> {
      const inv = await invitationsRepo.findInvitationByTokenHash(db, keyedHash(secretKey, `invite:${token}`));
      if (!inv || inv.status !== 'pending') throw invalid();
      if (inv.expires_at <= iso(clock())) throw new AppError('CONFLICT', 'This invitation has expired; ask for a new one');
      const org = await orgsRepo.findOrgById(db, inv.org_id);
      const user = await usersRepo.findUserByEmail(db, inv.email);
      return { email: inv.email, organizationName: org?.name ?? '', role: inv.role, userExists: !!user, expiresAt: inv.expires_at };
    },

    /**
     * An invitation for an existing account can only be accepted by that account, signed in: the link
     * alone must never grant a session for someone else's account (the inviter may hold the link).
     */
    async accept(input: { token: string; password?: string; name?: string; ip?: string | null; signedInAs?: UserActor | null }): Promise<AcceptedInvitation> {
      const inv = await invitationsRepo.findInvitationByTokenHash(db, keyedHash(secretKey, `invite:${input.token}`));
      if (!inv || inv.status !== 'pending') throw invalid();
      if (inv.expires_at <= iso(clock())) throw new AppError('CONFLICT', 'This invitation has expired; ask for a new one');
      const existing = await usersRepo.findUserByEmail(db, inv.email);
      let passwordHash: string | null = null;
      if (existing) {
        if (!input.signedInAs) {
          throw new AppError('UNAUTHORIZED', `Sign in as ${existing.email} to accept this invitation`);
        }
        if (input.signedInAs.userId !== existing.id) {
          throw new AppError('FORBIDDEN', `This invitation is for ${existing.email}; sign in with that account to accept it`);
        }
      } else {
        if (input.password === undefined) {
          throw new AppError('VALIDATION_FAILED', 'password: required to create your account', { details: { field: 'password' } });
        }
        assertPasswordPolicy(input.password);
        passwordHash = await hashPassword(input.password); // outside the transaction (NOTE(short-tx))
      }
      const user = await withTx(db, async (tx) => {
        if (!(await invitationsRepo.markInvitationAccepted(tx, inv.id))) throw invalid();
        const u = existing ?? (await usersRepo.insertUser(tx, { email: inv.email, passwordHash, name: input.name ?? null }));
        await orgsRepo.upsertMembership(tx, { orgId: inv.org_id, userId: u.id, role: inv.role });
        await writeAudit(tx, null, {
          orgId: inv.org_id, action: 'invitation.accepted', targetType: 'invitation', targetId: inv.id, ip: input.ip ?? null,
          details: { email: inv.email, userId: u.id, createdUser: !existing },
        });
        return u;
      });
      const org = await orgsRepo.findOrgById(db, inv.org_id);
      const session = existing ? null : await auth.createSession({ id: user.id, email: user.email, name: user.name });
      return {
        organizationId: inv.org_id,
        organizationName: org?.name ?? '',
        userId: user.id,
        email: user.email,
        role: inv.role,
        createdUser: !existing,
        session,
      };
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
