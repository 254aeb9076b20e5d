/**
 * The permission catalogue. Identifiers are stable API values (teams will grant them by name);
 * `scope` is the architecture's `subject:action` form used in logs and docs.
 */
export const PERMISSIONS = {
  ISSUES_VIEW: { scope: 'issue:view', description: 'View issues, findings and their code' },
  ISSUES_MANAGE: { scope: 'issue:manage', description: 'Triage, archive and patch issues' },
  REPOS_VIEW: { scope: 'repo:view', description: 'View repositories and their settings' },
  REPOS_MANAGE: { scope: 'repo:manage', description: 'Add, update and delete repositories' },
  SCANS_RUN: { scope: 'scan:run', description: 'Start, cancel and schedule scans' },
  REPORTS_VIEW: { scope: 'report:view', description: 'Generate and download reports' },
  SETTINGS_MANAGE: { scope: 'settings:manage', description: 'Change organization settings' },
  TOKENS_MANAGE: { scope: 'token:manage', description: "See and delete every member's API tokens" },
  MEMBERS_VIEW: { scope: 'member:view', description: 'List organization members' },
  MEMBERS_MANAGE: { scope: 'member:manage', description: 'Invite, remove and change roles of members' },
  TEAM_MANAGE: { scope: 'team:manage', description: 'Create teams and grant them permissions' },
  AGENT_VIEW: { scope: 'agent:view', description: 'View agent runs and their output' },
  AGENT_RUN: { scope: 'agent:run', description: 'Trigger agent runs' },
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

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
  return out;
}

export const isRole = (v: unknown): v is Role => v === 'ADMIN' || v === 'MEMBER';
