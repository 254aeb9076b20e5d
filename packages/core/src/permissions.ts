/**
 * The permission catalogue. Identifiers are stable API values (teams will grant them by name);
 * `scope` is the architecture's `subject:action` form used in logs and docs.
 */
export const PERMISSIONS = {
  ISSUES_VIEW: { scope: 'issue:view', level: 'repository', description: 'View issues, findings and their code' },
  ISSUES_MANAGE: { scope: 'issue:manage', level: 'repository', description: 'Triage, archive and patch issues' },
  REPOS_VIEW: { scope: 'repo:view', level: 'repository', description: 'View repositories and their settings' },
  REPOS_MANAGE: { scope: 'repo:manage', level: 'repository', description: 'Add, update and delete repositories' },
  SCANS_RUN: { scope: 'scan:run', level: 'repository', description: 'Start, cancel and schedule scans' },
  REPORTS_VIEW: { scope: 'report:view', level: 'organization', description: 'Generate and download reports' },
  SETTINGS_MANAGE: { scope: 'settings:manage', level: 'organization', description: 'Change organization settings' },
  TOKENS_MANAGE: { scope: 'token:manage', level: 'organization', description: "See and delete every member's API tokens" },
  MEMBERS_VIEW: { scope: 'member:view', level: 'organization', description: 'List organization members' },
  MEMBERS_MANAGE: { scope: 'member:manage', level: 'organization', description: 'Invite, remove and change roles of members' },
  TEAM_MANAGE: { scope: 'team:manage', level: 'organization', description: 'Create teams, grant them permissions, manage tags used by grants' },
  AGENT_VIEW: { scope: 'agent:view', level: 'organization', description: 'View agent triggers, playbooks, jobs and their output' },
  AGENT_RUN: { scope: 'agent:run', level: 'organization', description: 'Create, change and run agent automation (includes AGENT_VIEW)' },
} as const satisfies Record<string, { scope: string; level: 'organization' | 'repository'; description: string }>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
export type PermissionLevel = 'organization' | 'repository';
export const REPOSITORY_PERMISSIONS = ALL_PERMISSIONS.filter((p) => PERMISSIONS[p].level === 'repository');
export const ORGANIZATION_PERMISSIONS = ALL_PERMISSIONS.filter((p) => PERMISSIONS[p].level === 'organization');
export const isPermission = (v: unknown): v is Permission => typeof v === 'string' && Object.hasOwn(PERMISSIONS, v);

/** Permissions that include others wherever they are evaluated (AGENT_RUN ⊃ AGENT_VIEW). */
const IMPLIES: Partial<Record<Permission, readonly Permission[]>> = { AGENT_RUN: ['AGENT_VIEW'] };

/** The set with every implied permission added. */
export function withImplied(perms: Iterable<Permission>): Set<Permission> {
  const out = new Set(perms);
  for (const p of [...out]) for (const q of IMPLIES[p] ?? []) out.add(q);
  return out;
}

export const ROLES = ['ADMIN', 'MEMBER'] as const;
export type Role = (typeof ROLES)[number];

const MEMBER_PERMISSIONS: readonly Permission[] = [
  'ISSUES_VIEW',
  'ISSUES_MANAGE',
  'REPOS_VIEW',
  'SCANS_RUN',
  'REPORTS_VIEW',
  'MEMBERS_VIEW',
  'AGENT_VIEW',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  ADMIN: new Set(ALL_PERMISSIONS),
  MEMBER: new Set(MEMBER_PERMISSIONS),
};

/**
 * Effective permissions = the role's set ∪ every extra grant (teams add grants later).
 * Grants only ever add: no grant can remove what the role gives.
 */
export function resolvePermissions(
  role: Role,
  grants: Iterable<Permission> = [],
): ReadonlySet<Permission> {
  const out = new Set(ROLE_PERMISSIONS[role]);
  for (const g of grants) out.add(g);
  return withImplied(out);
}

export const isRole = (v: unknown): v is Role => v === 'ADMIN' || v === 'MEMBER';
