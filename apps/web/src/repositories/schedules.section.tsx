import { Button, Code, Group, Loader, Stack, Switch, Table, Text, Title } from '@mantine/core';
import type { Schedule } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { formatDateTime } from '../display/date.format';
import { CreateScheduleForm } from './create-schedule.form';
import { useCreateSchedule, useDeleteSchedule, useSchedules, useUpdateSchedule } from './schedules.queries';

/** Scheduled full scans of one repository: list, create, enable/disable, delete. */
export function SchedulesSection({ orgId, repositoryId }: { orgId: string; repositoryId: string }) {
  const schedules = useSchedules(orgId, repositoryId);
  const create = useCreateSchedule(orgId);
  const update = useUpdateSchedule(orgId);
  const del = useDeleteSchedule(orgId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const list = schedules.data?.schedules ?? [];

  return (
    <Stack gap="sm" data-testid="schedules-section">
      <Title order={3} size="h4">
        Schedules
      </Title>
      {schedules.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={schedules.error} title="Could not load schedules" />
      <ApiErrorAlert error={create.error} title="Could not create the schedule" />
      <ApiErrorAlert error={update.error} title="Could not change the schedule" />
      <ApiErrorAlert error={del.error} title="Could not delete the schedule" />
      {schedules.data && list.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="schedules-empty">
          No schedules. Add one to scan the repository regularly.
        </Text>
      )}
      {list.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" data-testid="schedules-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Cron</Table.Th>
                <Table.Th>Branch</Table.Th>
                <Table.Th>Enabled</Table.Th>
                <Table.Th>Next runs</Table.Th>
                <Table.Th>Last run</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((s) => (
                <ScheduleRow
                  key={s.id}
                  schedule={s}
                  toggling={update.isPending && update.variables?.scheduleId === s.id}
                  confirming={confirming === s.id}
                  deleting={del.isPending && del.variables === s.id}
                  onToggle={(enabled) => update.mutate({ scheduleId: s.id, enabled })}
                  onAskDelete={() => setConfirming(s.id)}
                  onCancelDelete={() => setConfirming(null)}
                  onDelete={() => del.mutate(s.id, { onSettled: () => setConfirming(null) })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateScheduleForm pending={create.isPending} onSubmit={(body, reset) => create.mutate({ ...body, repositoryId }, { onSuccess: reset })} />
    </Stack>
  );
}

interface RowProps {
  schedule: Schedule;
  toggling: boolean;
  confirming: boolean;
  deleting: boolean;
  onToggle(enabled: boolean): void;
  onAskDelete(): void;
  onCancelDelete(): void;
  onDelete(): void;
}

function ScheduleRow({ schedule: s, toggling, confirming, deleting, onToggle, onAskDelete, onCancelDelete, onDelete }: RowProps) {
  return (
    <Table.Tr data-testid={`schedule-row-${s.id}`} data-enabled={s.enabled}>
      <Table.Td>
        <Code>{s.cron}</Code>
        <Text size="xs" c="dimmed">
          {s.timezone}
        </Text>
      </Table.Td>
      <Table.Td>{s.branch ?? 'default'}</Table.Td>
      <Table.Td>
        <Switch
          checked={s.enabled}
          disabled={toggling}
          onChange={(e) => onToggle(e.currentTarget.checked)}
          aria-label={s.enabled ? 'Disable schedule' : 'Enable schedule'}
          data-testid="schedule-enabled"
        />
      </Table.Td>
      <Table.Td>
        {s.enabled && s.nextRuns.length > 0 ? (
          s.nextRuns.slice(0, 3).map((r) => (
            <Text key={r} size="xs">
              {formatDateTime(r)}
            </Text>
          ))
        ) : (
          <Text size="xs" c="dimmed">
            {s.enabled ? '—' : 'paused'}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="xs">{formatDateTime(s.lastRunAt, 'Never')}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {confirming ? (
          <Group gap={4} wrap="nowrap">
            <Button size="xs" color="red" loading={deleting} onClick={onDelete} data-testid="confirm-delete-schedule">
              Delete
            </Button>
            <Button size="xs" variant="default" onClick={onCancelDelete} disabled={deleting}>
              Keep
            </Button>
          </Group>
        ) : (
          <Button size="xs" color="red" variant="subtle" onClick={onAskDelete} data-testid="delete-schedule">
            Delete
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
