import { ALL_PERMISSIONS, PERMISSIONS, ROLE_PERMISSIONS, ROLES } from '@nullpath/core';

/**
 * The "Permissions" page of the API reference (/docs), generated from the catalogue so it cannot
 * drift from what the services enforce.
 */
export function permissionsDoc(): string {
  const rows = ALL_PERMISSIONS.map((p) => {
    const roles = ROLES.filter((r) => ROLE_PERMISSIONS[r].has(p)).join(', ');
    return `| \`${p}\` | ${PERMISSIONS[p].level} | ${PERMISSIONS[p].description} | ${roles} |`;
  });
  return [
    '## Permissions',
    '',
    'Every route states what it requires ("Requires …" in its description). `POST /api/v2/permissions/list` returns this catalogue as data.',
    '',
    '| permission | level | what it allows | roles that hold it |',
    '|---|---|---|---|',
    ...rows,
    '',
    '**Roles.** `ADMIN` holds every permission on every repository. `MEMBER` holds the permissions above marked MEMBER.',
    '',
    '**Teams** add grants, never remove them. A team has organization permissions and a repository access: `universal` (every',
    'repository, including ones added later) or `selected` (listed `repositoryIds` and every repository carrying one of its `tagIds`',
    'now — tag or untag a repository and access follows on the next request). A member\'s permissions on a repository are their role\'s',
    'plus every grant of every team they belong to that covers it. `AGENT_RUN` includes `AGENT_VIEW` wherever it is evaluated.',
    '',
    '**Repository visibility.** With the organization setting `memberRepositoryAccess: ALL` (default) members see every repository;',
    'with `TEAMS_ONLY` a MEMBER sees a repository only when one of their teams covers it. Lists, counts and aggregates include only',
    'what the caller can see; a repository (or a scan, issue or schedule of one) they cannot see answers 404, never 403.',
    '',
    '**Tokens** carry their creator\'s live permissions: removing someone from a team, demoting or deprovisioning them takes effect',
    'on the token\'s next request.',
    '',
    '**No escalation.** A non-admin with `TEAM_MANAGE` may grant (and add members to teams holding) only permissions they hold',
    'themselves. Changing or deleting a tag that team grants use needs `TEAM_MANAGE` as well as `REPOS_MANAGE`.',
    '',
    'Example: the payments team sees and triages only the payments repositories.',
    '```sh',
    'curl -X POST $NULLPATH/api/v2/organizations/updateSettings -d \'{"memberRepositoryAccess":"TEAMS_ONLY"}\' …',
    'curl -X POST $NULLPATH/api/v2/tags/create -d \'{"name":"payments","repositoryIds":["<repo id>"]}\' …',
    'curl -X POST $NULLPATH/api/v2/teams/create -d \'{"name":"Payments"}\' …',
    'curl -X POST $NULLPATH/api/v2/teams/updatePermissions -d \'{"teamId":"<team id>","repoAccess":{"mode":"selected","tagIds":["<tag id>"],"permissions":["ISSUES_MANAGE"]}}\' …',
    'curl -X POST $NULLPATH/api/v2/teams/addMembers -d \'{"teamId":"<team id>","userIds":["<user id>"]}\' …',
    '```',
  ].join('\n');
}
