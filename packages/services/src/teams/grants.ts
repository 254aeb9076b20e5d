import {
  AppError,
  ORGANIZATION_PERMISSIONS,
  type OrgAccess,
  type Permission,
  REPOSITORY_PERMISSIONS,
  isPermission,
  scopeIncludes,
  withImplied,
} from '@nullpath/core';
import { type Db, repositoriesRepo, tagsRepo } from '@nullpath/db';

/** The wire shape of a team's (or template's) grants. */
export interface GrantsSpec {
  organizationPermissions: Permission[];
  repoAccess: { mode: 'universal' | 'selected'; permissions: Permission[]; repositoryIds: string[]; tagIds: string[] };
}

export interface GrantsInput {
  organizationPermissions?: string[] | undefined;
  repoAccess?: { mode: 'universal' | 'selected'; permissions?: string[] | undefined; repositoryIds?: string[] | undefined; tagIds?: string[] | undefined } | undefined;
}

const parse = (json: string): string[] => {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

export function grantsFromRow(row: { org_permissions: string; repo_mode: 'universal' | 'selected'; repo_permissions: string }, ids: { repositoryIds: string[]; tagIds: string[] }): GrantsSpec {
  return {
    // Reported as effective: AGENT_RUN includes AGENT_VIEW (NOTE: the stored list keeps what was granted).
    organizationPermissions: [...withImplied(parse(row.org_permissions).filter(isPermission))],
    repoAccess: { mode: row.repo_mode, permissions: parse(row.repo_permissions).filter(isPermission), repositoryIds: ids.repositoryIds, tagIds: ids.tagIds },
  };
}

function checkNames(field: string, names: string[], allowed: readonly Permission[]): Permission[] {
  const bad = names.filter((n) => !allowed.includes(n as Permission));
  if (bad.length > 0) {
    throw new AppError('VALIDATION_FAILED', `${field}: unknown permission${bad.length > 1 ? 's' : ''} ${bad.map((b) => `'${b}'`).join(', ')}; valid: ${allowed.join(', ')}`, {
      details: { field, invalid: bad, valid: allowed },
    });
  }
  return [...new Set(names as Permission[])];
}

/**
 * Validates grants against the catalogue and the organization: unknown names → 400 listing the valid
 * ones; repository or tag ids of another organization → 404; ids with the universal mode → 400.
 */
export async function validateGrants(db: Db, orgId: string, input: GrantsInput): Promise<GrantsSpec> {
  const organizationPermissions = checkNames('organizationPermissions', input.organizationPermissions ?? [], ORGANIZATION_PERMISSIONS);
  const ra = input.repoAccess ?? { mode: 'selected' as const };
  const permissions = checkNames('repoAccess.permissions', ra.permissions ?? [], REPOSITORY_PERMISSIONS);
  const repositoryIds = [...new Set(ra.repositoryIds ?? [])];
  const tagIds = [...new Set(ra.tagIds ?? [])];
  if (ra.mode === 'universal' && (repositoryIds.length > 0 || tagIds.length > 0)) {
    throw new AppError('VALIDATION_FAILED', "repoAccess: repositoryIds and tagIds apply only to mode 'selected' ('universal' covers every repository)", {
      details: { field: 'repoAccess.mode' },
    });
  }
  const repos = await repositoriesRepo.existingRepositoryIds(db, orgId, repositoryIds);
  const missingRepo = repositoryIds.find((id) => !repos.has(id));
  if (missingRepo !== undefined) throw new AppError('NOT_FOUND', `Repository '${missingRepo}' was not found`, { details: { field: 'repoAccess.repositoryIds', repositoryId: missingRepo } });
  const tags = await tagsRepo.findTags(db, orgId, tagIds);
  const missingTag = tagIds.find((id) => !tags.some((t) => t.id === id));
  if (missingTag !== undefined) throw new AppError('NOT_FOUND', `Tag '${missingTag}' was not found`, { details: { field: 'repoAccess.tagIds', tagId: missingTag } });
  return { organizationPermissions, repoAccess: { mode: ra.mode, permissions, repositoryIds, tagIds } };
}

/**
 * No privilege escalation through teams: a non-ADMIN may confer only what they hold themselves —
 * organization permissions they have, repository permissions on every repository the grant covers
 * (universal and tag grants need them everywhere, since tags may cover repositories added later).
 */
export function assertCanConfer(acc: OrgAccess, g: GrantsSpec): void {
  if (acc.role === 'ADMIN') return;
  const deny = (what: string) => {
    throw new AppError('FORBIDDEN', `You cannot grant ${what} that you do not hold yourself`, { details: { permission: what } });
  };
  for (const p of g.organizationPermissions) if (!acc.permissions.has(p)) deny(p);
  for (const p of g.repoAccess.permissions) {
    const scope = acc.repoScope(p);
    if (scope.all) continue;
    if (g.repoAccess.mode === 'universal' || g.repoAccess.tagIds.length > 0) deny(`${p} on every repository`);
    for (const r of g.repoAccess.repositoryIds) if (!scopeIncludes(scope, r)) deny(`${p} on repository '${r}'`);
  }
}
