import type { OrgId, TokenId, UserId } from './ids';
import type { Permission, Role } from './permissions';
import { AppError } from './errors';

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

/** What an actor may do in one organization, resolved from current membership. */
export interface OrgAccess {
  orgId: OrgId;
  role: Role;
  permissions: ReadonlySet<Permission>;
}

export function requirePermission(access: OrgAccess, permission: Permission): void {
  if (!access.permissions.has(permission)) {
    throw new AppError('FORBIDDEN', `This action requires the ${permission} permission`, {
      details: { permission },
    });
  }
}
