import {
  ALL_PERMISSIONS,
  ALL_REPOSITORIES,
  type Actor,
  AppError,
  NO_REPOSITORIES,
  type OrgAccess,
  type OrgId,
  PERMISSIONS,
  type Permission,
  REPOSITORY_PERMISSIONS,
  ROLE_PERMISSIONS,
  type RepoScope,
  type Role,
  isPermission,
  isRole,
  notFound,
  requirePermission,
  scopeIncludes,
  unionScopes,
  withImplied,
} from '@nullpath/core';
import { type RepositoryRow, accessRepo, orgsRepo, repositoriesRepo } from '@nullpath/db';
import type { CoreDeps } from '../shared/deps';

export interface AccessResolver {
  /**
   * The caller's access in an organization. Omitted `orgId`: a token's own org, a user's first org.
   * An org the caller does not belong to is NOT_FOUND, never FORBIDDEN (no existence oracle).
   */
  resolve(actor: Actor, orgId?: string): Promise<OrgAccess>;
  /** resolve + requirePermission, the first line of every service method. */
  require(actor: Actor, permission: Permission | null, orgId?: string): Promise<OrgAccess>;
  /**
   * resolve + the repository in that organization + `permission` on it. A repository the caller cannot
   * see is NOT_FOUND; one they see without the permission is FORBIDDEN.
   */
  requireRepository(actor: Actor, permission: Permission, orgId: string | undefined, repositoryId: string): Promise<{ access: OrgAccess; repository: RepositoryRow }>;
}

const orgNotFound = (orgId: string) => new AppError('NOT_FOUND', `Organization '${orgId}' was not found`);

const parsePerms = (json: string): Permission[] => {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter(isPermission) : [];
  } catch {
    return [];
  }
};

const ADMIN_ACCESS = (orgId: OrgId): OrgAccess => ({
  orgId,
  role: 'ADMIN',
  permissions: ROLE_PERMISSIONS.ADMIN,
  repoScope: () => ALL_REPOSITORIES,
  visible: ALL_REPOSITORIES,
});

/** Throws FORBIDDEN unless `permission` applies to the repository (the caller can already see it). */
export function requireOnRepository(access: OrgAccess, permission: Permission, repositoryId: string): void {
  requirePermission(access, permission);
  if (!scopeIncludes(access.repoScope(permission), repositoryId)) {
    throw new AppError('FORBIDDEN', `This action requires the ${permission} permission on repository '${repositoryId}'`, {
      details: { permission, repositoryId },
    });
  }
}

/**
 * Effective access of a MEMBER: role permissions ∪ the grants of every team they belong to. Repository-level
 * permissions apply per repository: everywhere (role under `ALL`, or a universal team grant) or on the
 * repositories a selected grant covers (directly, as a partition of one, or through a tag carried now).
 * Under `TEAMS_ONLY` the role's repository permissions apply only where some team grant reaches.
 */
export async function memberAccess(db: CoreDeps['db'], orgId: OrgId, userId: string, role: Role): Promise<OrgAccess> {
  if (role === 'ADMIN') return ADMIN_ACCESS(orgId);
  const [mode, teams] = await Promise.all([accessRepo.memberRepositoryAccess(db, orgId), accessRepo.teamGrantsForMember(db, orgId, userId)]);
  const roleSet = ROLE_PERMISSIONS[role];
  if (teams.length === 0 && mode === 'ALL') {
    return { orgId, role, permissions: roleSet, repoScope: (p) => (roleSet.has(p) ? ALL_REPOSITORIES : NO_REPOSITORIES), visible: ALL_REPOSITORIES };
  }
  const covered = await accessRepo.repositoriesCoveredByTeams(db, orgId, teams.filter((t) => t.repo_mode === 'selected').map((t) => t.team_id));
  // Each team's grants parsed once per request (this runs on every authenticated call of a member).
  const grants = teams.map((t) => ({
    scope: t.repo_mode === 'universal' ? ALL_REPOSITORIES : ({ all: false, ids: [...(covered.get(t.team_id) ?? [])] } as RepoScope),
    repoPerms: new Set(parsePerms(t.repo_permissions)),
    orgPerms: parsePerms(t.org_permissions),
  }));
  const reachedByTeams = unionScopes(grants.map((g) => g.scope));
  const orgGrants = grants.flatMap((g) => g.orgPerms).filter((p) => PERMISSIONS[p].level === 'organization');
  const scopes = new Map<Permission, RepoScope>();
  for (const p of REPOSITORY_PERMISSIONS) {
    const parts: RepoScope[] = [unionScopes(grants.filter((g) => g.repoPerms.has(p)).map((g) => g.scope))];
    if (roleSet.has(p)) parts.push(mode === 'ALL' ? ALL_REPOSITORIES : reachedByTeams);
    scopes.set(p, unionScopes(parts));
  }
  const permissions = withImplied([...roleSet, ...orgGrants, ...REPOSITORY_PERMISSIONS.filter((p) => { const s = scopes.get(p)!; return s.all || s.ids.length > 0; })]);
  // Implied organization permissions (AGENT_RUN ⊃ AGENT_VIEW) have no repository scope.
  const orgLevel = new Set(ALL_PERMISSIONS.filter((p) => PERMISSIONS[p].level === 'organization' && permissions.has(p)));
  return {
    orgId,
    role,
    permissions,
    repoScope: (p) => scopes.get(p) ?? (orgLevel.has(p) ? ALL_REPOSITORIES : NO_REPOSITORIES),
    visible: unionScopes(scopes.values()),
  };
}

export function createAccessResolver(deps: Pick<CoreDeps, 'db'>): AccessResolver {
  const { db } = deps;

  async function resolve(actor: Actor, orgId?: string): Promise<OrgAccess> {
    if (actor.kind === 'api-token') {
      // NOTE(token-inherits-creator): role was read from the creator's live membership when the
      // request authenticated; team grants are read here, on every request, so removal takes effect at once.
      if (orgId !== undefined && orgId !== actor.orgId) throw orgNotFound(orgId);
      return memberAccess(db, actor.orgId, actor.userId, actor.role);
    }
    let membership;
    if (orgId === undefined) {
      const orgs = await orgsRepo.listOrgsForUser(db, actor.userId);
      const first = orgs[0];
      if (!first) throw new AppError('NOT_FOUND', 'You do not belong to any organization');
      membership = { org_id: first.id, role: first.role, status: 'active' as const };
    } else {
      membership = await orgsRepo.findMembership(db, orgId, actor.userId);
    }
    if (!membership || membership.status !== 'active' || !isRole(membership.role)) throw orgNotFound(orgId ?? '');
    return memberAccess(db, membership.org_id as OrgId, actor.userId, membership.role);
  }

  return {
    resolve,
    async require(actor, permission, orgId) {
      const access = await resolve(actor, orgId);
      if (permission !== null) requirePermission(access, permission);
      return access;
    },
    async requireRepository(actor, permission, orgId, repositoryId) {
      const access = await resolve(actor, orgId);
      const repository = await repositoriesRepo.findRepository(db, access.orgId, repositoryId);
      if (!repository || !scopeIncludes(access.visible, repository.id)) throw notFound('Repository', repositoryId);
      requireOnRepository(access, permission, repository.id);
      return { access, repository };
    },
  };
}

/** Integration settings (Jira, LLM, …): the ADMIN role or SETTINGS_MANAGE. */
export async function requireSettingsManager(access: AccessResolver, actor: Actor, what: string, orgId?: string): Promise<OrgAccess> {
  const acc = await access.resolve(actor, orgId);
  if (acc.role !== 'ADMIN' && !acc.permissions.has('SETTINGS_MANAGE')) {
    throw new AppError('FORBIDDEN', `${what} require the ADMIN role or the SETTINGS_MANAGE permission`, { details: { permission: 'SETTINGS_MANAGE' } });
  }
  return acc;
}
