import { Button, Group, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import type { TeamDetail } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { formatDateTime } from '../display/date.format';
import { useMembers } from '../members/members.queries';
import { useTeamMembersChange } from './teams.queries';

/** The team's members; new ones are picked from the organization's active members. */
export function TeamMembersSection({ orgId, team, canManage }: { orgId: string; team: TeamDetail; canManage: boolean }) {
  const orgMembers = useMembers(orgId);
  const change = useTeamMembersChange(orgId, team.id);
  const [picked, setPicked] = useState<string[]>([]);
  const inTeam = new Set(team.members.map((m) => m.userId));
  const options = (orgMembers.data?.members ?? [])
    .filter((m) => m.userId !== null && !inTeam.has(m.userId))
    .map((m) => ({ value: m.userId as string, label: m.email }));

  return (
    <Stack gap="sm" data-testid="team-members-section">
      <Title order={4}>Members ({team.members.length})</Title>
      {canManage && (
        <Group align="flex-end" gap="sm">
          <MultiSelect
            label="Add members"
            placeholder={options.length === 0 ? 'Every member is already in this team' : 'Pick members'}
            data={options}
            value={picked}
            onChange={setPicked}
            searchable
            disabled={options.length === 0}
            w={360}
            data-testid="team-add-members-select"
          />
          <Button
            disabled={picked.length === 0}
            loading={change.isPending && change.variables?.add === true}
            onClick={() => change.mutate({ add: true, userIds: picked }, { onSuccess: () => setPicked([]) })}
            data-testid="team-add-members-button"
          >
            Add
          </Button>
        </Group>
      )}
      <ApiErrorAlert error={change.error} title="Could not change the members" />
      {team.members.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="team-members-empty">
          This team has no members yet.
        </Text>
      ) : (
        <Table data-testid="team-members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Added</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.members.map((m) => (
              <Table.Tr key={m.userId} data-testid="team-member-row">
                <Table.Td>{m.email}</Table.Td>
                <Table.Td>{m.name ?? '—'}</Table.Td>
                <Table.Td>{formatDateTime(m.addedAt)}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={change.isPending && change.variables?.add === false && change.variables.userIds[0] === m.userId}
                      onClick={() => change.mutate({ add: false, userIds: [m.userId] })}
                      data-testid="team-remove-member"
                    >
                      Remove
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
