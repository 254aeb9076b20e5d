import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Repository } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useDeleteRepository } from './repositories.queries';

interface Props {
  orgId: string;
  repository: Repository | null;
  onClose(): void;
  onDeleted?(): void;
}

/** Confirmation before deleting; `repository` null means closed. */
export function DeleteRepositoryDialog({ orgId, repository, onClose, onDeleted }: Props) {
  const del = useDeleteRepository(orgId);
  // Keeps the last repository on screen while the modal fades out.
  const [shown, setShown] = useState(repository);
  if (repository !== null && repository !== shown) setShown(repository);
  const target = repository ?? shown;

  const close = () => {
    del.reset();
    onClose();
  };
  return (
    <Modal opened={repository !== null} onClose={close} title="Delete repository?" data-testid="delete-repo-dialog">
      {target && (
        <Stack gap="sm">
          <Text size="sm">
            Delete <b>{target.name}</b> (<code>{target.url}</code>)? Its partitions, scans, schedules and issues are deleted with it,
            including triage decisions. This cannot be undone.
          </Text>
          <ApiErrorAlert error={del.error} title="Could not delete the repository" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={del.isPending} data-testid="cancel-delete-repo">
              Cancel
            </Button>
            <Button
              color="red"
              loading={del.isPending}
              onClick={() =>
                del.mutate(target.id, {
                  onSuccess: () => {
                    close();
                    onDeleted?.();
                  },
                })
              }
              data-testid="confirm-delete-repo"
            >
              Delete repository
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
