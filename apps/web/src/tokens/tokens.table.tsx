import { Badge, Button, Table, Text } from '@mantine/core';
import type { ApiToken } from '@nullpath/api-client';
import { formatDate, formatDateTime } from '../display/date.format';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function TokensTable({ tokens, onDelete }: { tokens: readonly ApiToken[]; onDelete(token: ApiToken): void }) {
  if (tokens.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="tokens-empty">
        No API tokens yet. Create one to call the API from scripts, CI or the IDE extensions.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="tokens-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Creator</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((t) => (
            <Table.Tr key={t.tokenId} data-testid={`token-row-${t.tokenId}`}>
              <Table.Td>
                <Text size="sm" fw={500} fs={t.name === null ? 'italic' : undefined} data-testid="token-name">
                  {t.name ?? 'Unnamed'}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace" style={NOWRAP}>
                  {t.tokenId}
                </Text>
              </Table.Td>
              <Table.Td style={NOWRAP} title={formatDateTime(t.createdAt)}>
                {formatDate(t.createdAt)}
              </Table.Td>
              <Table.Td style={NOWRAP} title={formatDateTime(t.expiresAt)}>
                {formatDate(t.expiresAt)}
              </Table.Td>
              <Table.Td style={NOWRAP}>{formatDateTime(t.lastUsedAt, 'Never')}</Table.Td>
              <Table.Td>
                <Badge color={t.status === 'active' ? 'green' : 'gray'} variant="light" data-testid="token-status">
                  {t.status}
                </Badge>
              </Table.Td>
              <Table.Td>{t.creator.email}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  color="red"
                  variant="subtle"
                  onClick={() => onDelete(t)}
                  data-testid={`delete-token-${t.tokenId}`}
                >
                  Delete
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
