import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useCreateOrg } from './orgs.queries';

/** Creates an organization (the caller becomes its admin) and switches to it. */
export function CreateOrgDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const create = useCreateOrg();
  const [name, setName] = useState('');
  const forget = () => {
    setName('');
    create.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(name.trim(), { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={forget} title="Create organization" data-testid="create-org-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus data-testid="org-name-input" />
          <ApiErrorAlert error={create.error} title="Could not create the organization" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="create-org-submit">
              Create organization
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
