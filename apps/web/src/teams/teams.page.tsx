import { Anchor, Badge, Button, Group, Loader, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { Org, Team } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { formatDateTime } from '../display/date.format';
import { Link } from '../router/link';
import { useSession } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { CreateTeamDialog } from './create-team.dialog';
import { useDeleteTeam, useTeams } from './teams.queries';

export function TeamsPage() {
  const { org } = useSession();
  if (!org) return <NoOrganization />;
  return <TeamsView key={org.id} org={org} />;
}

function TeamsView({ org }: { org: Org }) {
  const [search, setSearch] = useState('');
  const teams = useTeams(org.id, search.trim());
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const canManage = org.role === 'ADMIN';

  return (
    <Stack gap="md" data-testid="teams-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Teams</Title>
          <Text size="sm" c="dimmed">
            Teams group members and grant them permissions on all, selected or tagged repositories.
          </Text>
        </div>
        {canManage && (
          <Button onClick={() => setCreating(true)} data-testid="create-team-button">
            Create team
          </Button>
        )}
      </Group>
      <TextInput placeholder="Search teams" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={320} data-testid="teams-search" />
      {teams.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={teams.error} title="Could not load teams" />
      {teams.data && teams.data.teams.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="teams-empty">
          {search.trim() ? 'No team matches this search.' : 'No teams yet.'}
        </Text>
      )}
      {teams.data && teams.data.teams.length > 0 && (
        <Table striped highlightOnHover data-testid="teams-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th>Members</Table.Th>
              <Table.Th>Created</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {teams.data.teams.map((t) => (
              <Table.Tr key={t.id} data-testid="team-row">
                <Table.Td>
                  <Anchor component={Link} href={`/settings/teams/${encodeURIComponent(t.id)}`} fw={500}>
                    {t.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {t.description ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" data-testid="team-member-count">
                    {t.memberCount}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(t.createdAt)}</Text>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(t)} data-testid="delete-team-button">
                      Delete
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateTeamDialog orgId={org.id} opened={creating} onClose={() => setCreating(false)} />
      <DeleteTeamDialog orgId={org.id} team={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

function DeleteTeamDialog({ orgId, team, onClose }: { orgId: string; team: Team | null; onClose(): void }) {
  const remove = useDeleteTeam(orgId);
  const [shown, setShown] = useState(team);
  if (team !== null && team !== shown) setShown(team);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={team !== null} onClose={close} title="Delete team?" data-testid="delete-team-dialog">
      {shown && (
        <Stack gap="sm">
          <Text size="sm">
            {shown.name} and its permission grants are deleted; its {shown.memberCount} member(s) lose what the team granted them.
          </Text>
          <ApiErrorAlert error={remove.error} title="Could not delete the team" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(shown.id, { onSuccess: close })} data-testid="confirm-delete-team">
              Delete team
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
