import type { Grants, UpdateTeamPermissionsBody } from '@nullpath/api-client';

/** The three ways people think about repository access; 'repositories' and 'tags' are both mode 'selected'. */
export type AccessChoice = 'universal' | 'repositories' | 'tags';

export interface PermissionsDraft {
  organizationPermissions: string[];
  choice: AccessChoice;
  repositoryPermissions: string[];
  repositoryIds: string[];
  tagIds: string[];
}

export function draftFromGrants(g: Grants): PermissionsDraft {
  const { repoAccess } = g;
  const choice: AccessChoice =
    repoAccess.mode === 'universal' ? 'universal' : repoAccess.tagIds.length > 0 && repoAccess.repositoryIds.length === 0 ? 'tags' : 'repositories';
  return {
    organizationPermissions: [...g.organizationPermissions],
    choice,
    repositoryPermissions: [...repoAccess.permissions],
    repositoryIds: [...repoAccess.repositoryIds],
    tagIds: [...repoAccess.tagIds],
  };
}

/** The request body; only the list that belongs to the chosen mode is sent. */
export function grantsFromDraft(d: PermissionsDraft): Omit<UpdateTeamPermissionsBody, 'organizationId' | 'teamId'> {
  return {
    organizationPermissions: d.organizationPermissions,
    repoAccess: {
      mode: d.choice === 'universal' ? 'universal' : 'selected',
      permissions: d.repositoryPermissions,
      repositoryIds: d.choice === 'repositories' ? d.repositoryIds : [],
      tagIds: d.choice === 'tags' ? d.tagIds : [],
    },
  };
}

/** Permissions implied by the checked ones (AGENT_RUN ⇒ AGENT_VIEW), per the catalogue's `implies`. */
export function impliedBy(checked: readonly string[], catalogue: readonly { name: string; implies?: string[] | undefined }[]): Set<string> {
  const out = new Set<string>();
  for (const p of catalogue) if (checked.includes(p.name)) for (const i of p.implies ?? []) out.add(i);
  return out;
}

/** Toggles one permission; implied permissions are kept checked. */
export function togglePermission(checked: readonly string[], name: string, on: boolean, catalogue: readonly { name: string; implies?: string[] | undefined }[]): string[] {
  const next = on ? [...new Set([...checked, name])] : checked.filter((p) => p !== name);
  const implied = impliedBy(next, catalogue);
  return [...new Set([...next, ...implied])];
}
