import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import type { Repository, Tag } from '@nullpath/api-client';
import { formatDate, formatDateTime } from '../display/date.format';
import { Link } from '../router/link';
import { TagBadges } from '../tags/tag.badges';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  repositories: readonly Repository[];
  scanningId: string | null;
  onScan(repository: Repository): void;
  onDelete(repository: Repository): void;
  tagsById: ReadonlyMap<string, Tag>;
  onEditTags(repository: Repository): void;
}

export function RepositoriesTable({ repositories, scanningId, onScan, onDelete, tagsById, onEditTags }: Props) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="repos-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>URL</Table.Th>
            <Table.Th>Default branch</Table.Th>
            <Table.Th>Tags</Table.Th>
            <Table.Th>Last scanned</Table.Th>
            <Table.Th>Open issues</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {repositories.map((r) => (
            <Table.Tr key={r.id} data-testid={`repo-row-${r.id}`} data-name={r.name}>
              <Table.Td>
                <Anchor component={Link} href={`/repositories/${encodeURIComponent(r.id)}`} size="sm" fw={500} data-testid="repo-name">
                  {r.name}
                </Anchor>
                {r.partitionPath !== null && (
                  <Text size="xs" c="dimmed">
                    partition <code>{r.partitionPath}</code>
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={320}>
                <Text size="xs" ff="monospace" truncate="end" title={r.url} data-testid="repo-url">
                  {r.url}
                </Text>
              </Table.Td>
              <Table.Td style={NOWRAP}>{r.defaultBranch ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="wrap">
                  <TagBadges tagIds={r.tagIds} names={r.tags} tagsById={tagsById} />
                  <Button size="compact-xs" variant="subtle" onClick={() => onEditTags(r)} data-testid={`edit-repo-tags-${r.id}`}>
                    {r.tagIds.length === 0 ? 'Add tags' : 'Edit'}
                  </Button>
                </Group>
              </Table.Td>
              <Table.Td style={NOWRAP} title={formatDateTime(r.lastScannedAt, 'Never')}>
                {formatDate(r.lastScannedAt, 'Never')}
              </Table.Td>
              <Table.Td data-testid="repo-open-issues">{r.issueCounts.open ?? 0}</Table.Td>
              <Table.Td style={NOWRAP}>
                <Button size="xs" variant="light" loading={scanningId === r.id} onClick={() => onScan(r)} data-testid={`scan-repo-${r.id}`}>
                  Scan
                </Button>
                <Button size="xs" color="red" variant="subtle" ml={4} onClick={() => onDelete(r)} data-testid={`delete-repo-${r.id}`}>
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
