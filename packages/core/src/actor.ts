import type { OrgId, TokenId, UserId } from './ids';
import type { Permission, Role } from './permissions';
import { AppError } from './errors';
import type { RepoScope } from './repo-scope';

/** A signed-in dashboard user acting in one organization (picked per request). */
export interface UserActor {
  kind: 'user';
  userId: UserId;
  email: string;
}

/**
 * An API token: bound to one organization; its permissions are its creator's there, resolved
 * on every request (NOTE(token-inherits-creator)).
 */
export interface TokenActor {
  kind: 'api-token';
  tokenId: TokenId;
  userId: UserId;
  email: string;
  orgId: OrgId;
  /** The creator's role in `orgId`, read from the live membership when the request authenticated. */
  role: Role;
}

export type Actor = UserActor | TokenActor;

/** What an actor may do in one organization, resolved from current membership and team grants. */
export interface OrgAccess {
  orgId: OrgId;
  role: Role;
  /**
   * Organization-level permissions, plus every repository-level permission the actor holds on at
   * least one repository (or would hold on repositories granted later): the gate of list endpoints.
   */
  permissions: ReadonlySet<Permission>;
  /** Where a repository-level permission applies (organization-level ones: every repository or none). */
  repoScope(permission: Permission): RepoScope;
  /** Repositories the actor can see at all (any repository-level permission). */
  visible: RepoScope;
}

export function requirePermission(access: OrgAccess, permission: Permission): void {
  if (!access.permissions.has(permission)) {
    throw new AppError('FORBIDDEN', `This action requires the ${permission} permission`, {
      details: { permission },
    });
  }
}
