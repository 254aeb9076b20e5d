import { Button, Code, Group, Loader, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { AuditLogEntry, Org } from '@nullpath/api-client';
import { Fragment, useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { formatDateTime } from '../display/date.format';
import { useSession } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { useAuditLog } from './audit-log.queries';

const PAGE_SIZE = 50;

export function AuditLogPage() {
  const { org } = useSession();
  if (!org) return <NoOrganization />;
  return <AuditLogView key={org.id} org={org} />;
}

function AuditLogView({ org }: { org: Org }) {
  const [action, setAction] = useState('');
  const [actionQuery] = useDebouncedValue(action.trim(), 250);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const log = useAuditLog(org.id, { action: actionQuery, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const total = log.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack gap="md" data-testid="audit-log-page">
      <div>
        <Title order={2}>Audit log</Title>
        <Text size="sm" c="dimmed">
          Who changed what in {org.name}: teams, permissions, tags, members, tokens and settings.
        </Text>
      </div>
      <TextInput
        label="Action"
        placeholder="e.g. team.create"
        maw={320}
        value={action}
        onChange={(e) => {
          setAction(e.currentTarget.value);
          setPage(1);
        }}
        data-testid="audit-action-filter"
      />
      {log.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={log.error} title="Could not load the audit log" />
      {log.data && log.data.entries.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="audit-empty">
          {actionQuery === '' ? 'No audit entries yet.' : `No entry with action “${actionQuery}”.`}
        </Text>
      )}
      {log.data && log.data.entries.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="xs" data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Actor</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.entries.map((e) => (
                <Fragment key={e.id}>
                  <Table.Tr data-testid="audit-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.createdAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{actorLabel(e)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Code>{e.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" maw={260} truncate="end" title={e.targetId ?? ''}>
                        {e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {e.details && Object.keys(e.details).length > 0 ? (
                        <Button size="compact-xs" variant="subtle" onClick={() => setOpen(open === e.id ? null : e.id)} data-testid="audit-details-toggle">
                          {open === e.id ? 'Hide' : 'Show'}
                        </Button>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                  {open === e.id && e.details && (
                    <Table.Tr>
                      <Table.Td colSpan={5}>
                        <DetailsView details={e.details} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Group>
          <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} data-testid="audit-pagination" />
          <Text size="sm" c="dimmed">
            {total} entries
          </Text>
        </Group>
      )}
    </Stack>
  );
}

function actorLabel(e: AuditLogEntry): string {
  if (e.actor.email) return e.actor.type === 'user' ? e.actor.email : `${e.actor.email} (${e.actor.type})`;
  return e.actor.id ? `${e.actor.type} ${e.actor.id}` : e.actor.type;
}

/** `{before, after}` shows as before → after; anything else as JSON. */
function DetailsView({ details }: { details: Record<string, unknown> }) {
  const { before, after, ...rest } = details;
  const json = (v: unknown) => JSON.stringify(v, null, 2);
  return (
    <Stack gap="xs" data-testid="audit-details">
      {(before !== undefined || after !== undefined) && (
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <Code block style={{ flex: 1, overflowX: 'auto' }}>{json(before ?? null)}</Code>
          <Text pt="sm">→</Text>
          <Code block style={{ flex: 1, overflowX: 'auto' }}>{json(after ?? null)}</Code>
        </Group>
      )}
      {Object.keys(rest).length > 0 && <Code block style={{ overflowX: 'auto' }}>{json(rest)}</Code>}
    </Stack>
  );
}
