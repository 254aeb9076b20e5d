import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { Member, Org } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useSession } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { InviteMemberDialog } from './invite-member.dialog';
import { MembersTable } from './members.table';
import { useMembers, useUpdateMemberRole } from './members.queries';
import { RemoveMemberDialog } from './remove-member.dialog';

export function MembersPage() {
  const { org } = useSession();
  if (!org) return <NoOrganization />;
  return <MembersView key={org.id} org={org} />;
}

function MembersView({ org }: { org: Org }) {
  const { session } = useSession();
  const members = useMembers(org.id);
  const updateRole = useUpdateMemberRole(org.id);
  const [inviting, setInviting] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  // The session lists the built-in role only; the server stays the authority on every action.
  const canManage = org.role === 'ADMIN';

  return (
    <Stack gap="md" data-testid="members-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Members</Title>
          <Text size="sm" c="dimmed">
            People with access to {org.name}
            {canManage ? '' : '. Only admins can invite, remove or change the role of members.'}
          </Text>
        </div>
        {canManage && (
          <Button onClick={() => setInviting(true)} data-testid="invite-member-button">
            Invite member
          </Button>
        )}
      </Group>
      {members.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={members.error} title="Could not load members" />
      <ApiErrorAlert error={updateRole.error} title="Could not change the role" />
      {members.data && (
        <MembersTable
          members={members.data.members}
          currentUserId={session.user.id}
          canManage={canManage}
          changingUserId={updateRole.isPending ? (updateRole.variables?.userId ?? null) : null}
          onChangeRole={(m, role) => m.userId !== null && updateRole.mutate({ userId: m.userId, role })}
          onRemove={setRemoving}
        />
      )}
      <InviteMemberDialog orgId={org.id} opened={inviting} onClose={() => setInviting(false)} />
      <RemoveMemberDialog orgId={org.id} member={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}
