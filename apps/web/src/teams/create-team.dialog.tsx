import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { navigate } from '../router/router';
import { useCreateTeam } from './teams.queries';

/** Creates a team; the server's refusal (duplicate or empty name) shows inline. */
export function CreateTeamDialog({ orgId, opened, onClose }: { orgId: string; opened: boolean; onClose(): void }) {
  const create = useCreateTeam(orgId);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const forget = () => {
    setName('');
    setDescription('');
    create.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const desc = description.trim();
    create.mutate(
      { name: name.trim(), ...(desc ? { description: desc } : {}) },
      { onSuccess: ({ team }) => { onClose(); navigate(`/settings/teams/${encodeURIComponent(team.id)}`); } },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={forget} title="Create team" data-testid="create-team-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="team-name-input" data-autofocus />
          <Textarea label="Description" autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} data-testid="team-description-input" />
          <ApiErrorAlert error={create.error} title="Could not create the team" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="create-team-submit">
              Create team
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
