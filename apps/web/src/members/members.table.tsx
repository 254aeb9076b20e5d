import { Button, Select, Table, Text } from '@mantine/core';
import type { Member, Role } from '@nullpath/api-client';
import { formatDateTime } from '../display/date.format';
import { MemberStatusBadge } from './member-status.badge';

const ROLE_OPTIONS = [
  { value: 'ADMIN', label: 'Admin' },
  { value: 'MEMBER', label: 'Member' },
];

interface Props {
  members: readonly Member[];
  currentUserId: string;
  canManage: boolean;
  changingUserId: string | null;
  onChangeRole(member: Member, role: Role): void;
  onRemove(member: Member): void;
}

const since = (m: Member): string =>
  m.status === 'pendingInvite'
    ? `Invited ${formatDateTime(m.invitedAt)} · expires ${formatDateTime(m.expiresAt)}`
    : `Joined ${formatDateTime(m.joinedAt)}`;

export function MembersTable({ members, currentUserId, canManage, changingUserId, onChangeRole, onRemove }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Member</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Since</Table.Th>
            {canManage && <Table.Th aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => {
            const userId = m.userId;
            return (
              <Table.Tr key={m.invitationId ?? userId ?? m.email} data-testid={`member-row-${m.email}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {m.email}
                    {userId === currentUserId ? ' (you)' : ''}
                  </Text>
                  {m.name !== null && (
                    <Text size="xs" c="dimmed">
                      {m.name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {canManage && m.status === 'active' && userId !== null ? (
                    <Select
                      aria-label={`Role of ${m.email}`}
                      size="xs"
                      w={120}
                      allowDeselect={false}
                      value={m.role}
                      data={ROLE_OPTIONS}
                      disabled={changingUserId === userId}
                      onChange={(v) => (v === 'ADMIN' || v === 'MEMBER') && v !== m.role && onChangeRole(m, v)}
                      data-testid={`member-role-${m.email}`}
                    />
                  ) : (
                    <Text size="sm">{m.role === 'ADMIN' ? 'Admin' : 'Member'}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <MemberStatusBadge member={m} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{since(m)}</Text>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button size="xs" color="red" variant="subtle" onClick={() => onRemove(m)} data-testid={`remove-member-${m.email}`}>
                      {m.status === 'pendingInvite' ? 'Revoke invitation' : 'Remove'}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
