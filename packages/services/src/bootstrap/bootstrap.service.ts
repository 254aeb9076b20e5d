import { AppError, type UserId } from '@nullpath/core';
import { orgsRepo, usersRepo, withTx } from '@nullpath/db';
import { writeAudit } from '../audit/audit.service';
import { assertPasswordPolicy, hashPassword } from '../auth/passwords';
import type { CoreDeps } from '../shared/deps';
import { randomToken } from '../shared/keyed-hash';
import { DAY_MS, addMs } from '../shared/time';
import { type CreatedToken, type TokensService, validateTokenInput } from '../tokens/tokens.service';

export interface BootstrapResult {
  userId: string;
  email: string;
  organizationId: string;
  organizationName: string;
}

/** Operator commands run against the configured database with no HTTP caller. */
export function createBootstrapService(deps: Pick<CoreDeps, 'db' | 'clock'> & { tokens: TokensService }) {
  const { db, clock, tokens } = deps;

  async function bootstrap(input: { email: string; password: string; orgName: string }): Promise<BootstrapResult> {
    assertPasswordPolicy(input.password);
    const orgName = input.orgName.trim();
    if (!orgName) throw new AppError('VALIDATION_FAILED', 'org: must not be empty', { details: { field: 'org' } });
    if (await usersRepo.findUserByEmail(db, input.email)) {
      throw new AppError('CONFLICT', `A user with email '${usersRepo.normaliseEmail(input.email)}' already exists`);
    }
    const passwordHash = await hashPassword(input.password);
    return withTx(db, async (tx) => {
      // The first administrator of an instance is its instance admin (NULLPATH_ORG_CREATION=instance-admins).
      const instanceAdmin = (await orgsRepo.countOrgs(tx)) === 0;
      const user = await usersRepo.insertUser(tx, { email: input.email, passwordHash, instanceAdmin });
      const org = await orgsRepo.insertOrg(tx, orgName);
      await orgsRepo.upsertMembership(tx, { orgId: org.id, userId: user.id, role: 'ADMIN' });
      await writeAudit(tx, null, { orgId: org.id, action: 'org.bootstrapped', targetType: 'user', targetId: user.id });
      return { userId: user.id, email: user.email, organizationId: org.id, organizationName: org.name };
    });
  }

  return {
    bootstrap,

    /** First start on an empty database: an admin with a generated password, printed once by the caller. */
    async ensureInitialAdmin(input: { email: string; orgName: string }): Promise<(BootstrapResult & { password: string }) | null> {
      if ((await orgsRepo.countOrgs(db)) > 0) return null;
      const password = randomToken(12);
      return { ...(await bootstrap({ email: input.email, password, orgName: input.orgName })), password };
    },

    /** A second organization administered by an existing user (the demo set-up on first start). */
    async createOrgFor(input: { email: string; orgName: string }): Promise<BootstrapResult> {
      const user = await usersRepo.findUserByEmail(db, input.email);
      if (!user) throw new AppError('NOT_FOUND', `No user with email '${usersRepo.normaliseEmail(input.email)}'`);
      return withTx(db, async (tx) => {
        const org = await orgsRepo.insertOrg(tx, input.orgName);
        await orgsRepo.upsertMembership(tx, { orgId: org.id, userId: user.id, role: 'ADMIN' });
        await writeAudit(tx, null, { orgId: org.id, action: 'org.created', targetType: 'user', targetId: user.id });
        return { userId: user.id, email: user.email, organizationId: org.id, organizationName: org.name };
      });
    },

    async createToken(input: { email: string; orgName: string; name?: string; days?: number }): Promise<CreatedToken> {
      const { name, days } = validateTokenInput({ name: input.name ?? null, ...(input.days !== undefined ? { expirationDays: input.days } : {}) });
      const user = await usersRepo.findUserByEmail(db, input.email);
      if (!user) throw new AppError('NOT_FOUND', `No user with email '${usersRepo.normaliseEmail(input.email)}'`);
      const orgs = await orgsRepo.findOrgsByNameLower(db, input.orgName.trim());
      const org = orgs.length === 1 ? orgs[0] : orgs.find((o) => o.name === input.orgName.trim());
      if (!org) {
        throw new AppError(orgs.length > 1 ? 'CONFLICT' : 'NOT_FOUND',
          orgs.length > 1 ? `Several organizations are named '${input.orgName}'; use its exact name` : `Organization '${input.orgName}' was not found`);
      }
      const m = await orgsRepo.findMembership(db, org.id, user.id);
      if (!m || m.status !== 'active') throw new AppError('NOT_FOUND', `'${user.email}' is not an active member of '${org.name}'`);
      return tokens.issue(
        { kind: 'user', userId: user.id as UserId, email: user.email },
        { orgId: org.id, userId: user.id, name, expiresAt: addMs(clock(), days * DAY_MS) },
      );
    },
  };
}

export type BootstrapService = ReturnType<typeof createBootstrapService>;
