import { Badge } from '@mantine/core';
import type { Member } from '@nullpath/api-client';

export function MemberStatusBadge({ member }: { member: Member }) {
  const [label, color] =
    member.status === 'active'
      ? ['active', 'green']
      : member.status === 'scimDeprovisioned'
        ? ['SCIM deprovisioned', 'gray']
        : member.expired
          ? ['invite expired', 'red']
          : ['pending invite', 'yellow'];
  return (
    <Badge color={color} variant="light" data-testid="member-status" data-status={member.status}>
      {label}
    </Badge>
  );
}
