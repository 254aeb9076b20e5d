import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Member } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useRemoveMember } from './members.queries';

/** Confirms removing a member or revoking an invitation; the server's refusal (e.g. "demote to member first") shows here. */
export function RemoveMemberDialog({ orgId, member, onClose }: { orgId: string; member: Member | null; onClose(): void }) {
  const remove = useRemoveMember(orgId);
  // Keeps the last member on screen while the modal fades out.
  const [shown, setShown] = useState(member);
  if (member !== null && member !== shown) setShown(member);
  const target = member ?? shown;
  const isInvite = target?.status === 'pendingInvite';

  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = (m: Member) =>
    remove.mutate(m.userId !== null ? { userId: m.userId } : { email: m.email }, { onSuccess: close });

  return (
    <Modal
      opened={member !== null}
      onClose={close}
      title={isInvite ? 'Revoke invitation?' : 'Remove member?'}
      data-testid="remove-member-dialog"
    >
      {target && (
        <Stack gap="sm">
          <Text size="sm">
            {isInvite
              ? `The invitation link sent to ${target.email} will stop working.`
              : `${target.email} loses access to this organization, and their API tokens for it stop working.`}
          </Text>
          <ApiErrorAlert error={remove.error} title={isInvite ? 'Could not revoke the invitation' : 'Could not remove the member'} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => confirm(target)} data-testid="confirm-remove-member">
              {isInvite ? 'Revoke invitation' : 'Remove member'}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
