import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ApiToken } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useDeleteToken } from './tokens.queries';

/** Confirmation before deleting; `token` null means closed. */
export function DeleteTokenDialog({ orgId, token, onClose }: { orgId: string; token: ApiToken | null; onClose(): void }) {
  const del = useDeleteToken(orgId);
  // Keeps the last token on screen while the modal fades out.
  const [shown, setShown] = useState(token);
  if (token !== null && token !== shown) setShown(token);
  const target = token ?? shown;

  const close = () => {
    del.reset();
    onClose();
  };
  return (
    <Modal opened={token !== null} onClose={close} title="Delete API token?" data-testid="delete-token-dialog">
      {target && (
        <Stack gap="sm">
          <Text size="sm">
            Delete <b>{target.name ?? 'the unnamed token'}</b> (<code>{target.tokenId}</code>)? Every client using it
            stops working immediately. This cannot be undone.
          </Text>
          <ApiErrorAlert error={del.error} title="Could not delete the token" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={del.isPending} data-testid="cancel-delete-token">
              Cancel
            </Button>
            <Button
              color="red"
              loading={del.isPending}
              onClick={() => del.mutate(target.tokenId, { onSuccess: close })}
              data-testid="confirm-delete-token"
            >
              Delete token
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
