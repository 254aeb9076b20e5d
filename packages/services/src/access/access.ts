import {
  type Actor,
  AppError,
  type OrgAccess,
  type OrgId,
  type Permission,
  requirePermission,
  resolvePermissions,
  isRole,
} from '@nullpath/core';
import { orgsRepo } from '@nullpath/db';
import type { CoreDeps } from '../shared/deps';

/** Extra permission grants for a member (teams plug in here later); grants only add. */
export type GrantsProvider = (orgId: string, userId: string) => Promise<Permission[]>;

export interface AccessResolver {
  /**
   * The caller's access in an organization. Omitted `orgId`: a token's own org, a user's first org.
   * An org the caller does not belong to is NOT_FOUND, never FORBIDDEN (no existence oracle).
   */
  resolve(actor: Actor, orgId?: string): Promise<OrgAccess>;
  /** resolve + requirePermission, the first line of every service method. */
  require(actor: Actor, permission: Permission | null, orgId?: string): Promise<OrgAccess>;
}

const orgNotFound = (orgId: string) => new AppError('NOT_FOUND', `Organization '${orgId}' was not found`);

export function createAccessResolver(deps: Pick<CoreDeps, 'db'> & { grants?: GrantsProvider }): AccessResolver {
  const grantsFor = deps.grants ?? (async () => []);

  async function resolve(actor: Actor, orgId?: string): Promise<OrgAccess> {
    if (actor.kind === 'api-token') {
      // NOTE(token-inherits-creator): role was read from the creator's live membership when the
      // request authenticated; a token never reaches beyond its own organization.
      if (orgId !== undefined && orgId !== actor.orgId) throw orgNotFound(orgId);
      const permissions = resolvePermissions(actor.role, await grantsFor(actor.orgId, actor.userId));
      return { orgId: actor.orgId, role: actor.role, permissions };
    }
    let membership;
    if (orgId === undefined) {
      const orgs = await orgsRepo.listOrgsForUser(deps.db, actor.userId);
      const first = orgs[0];
      if (!first) throw new AppError('NOT_FOUND', 'You do not belong to any organization');
      membership = { org_id: first.id, role: first.role, status: 'active' as const };
    } else {
      membership = await orgsRepo.findMembership(deps.db, orgId, actor.userId);
    }
    if (!membership || membership.status !== 'active' || !isRole(membership.role)) throw orgNotFound(orgId ?? '');
    const permissions = resolvePermissions(membership.role, await grantsFor(membership.org_id, actor.userId));
    return { orgId: membership.org_id as OrgId, role: membership.role, permissions };
  }

  return {
    resolve,
    async require(actor, permission, orgId) {
      const access = await resolve(actor, orgId);
      if (permission !== null) requirePermission(access, permission);
      return access;
    },
  };
}
