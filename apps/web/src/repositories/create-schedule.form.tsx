import { Button, Group, Switch, TextInput } from '@mantine/core';
import type { CreateScheduleBody } from '@nullpath/api-client';
import { type FormEvent, useState } from 'react';

// The viewer's own zone is the likeliest intent for "every night at 3"; the server defaults to UTC.
const localTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
};

interface Props {
  pending: boolean;
  onSubmit(body: Omit<CreateScheduleBody, 'organizationId' | 'repositoryId'>, reset: () => void): void;
}

/** Cron syntax and time zone names are checked by the server, whose message names the field. */
export function CreateScheduleForm({ pending, onSubmit }: Props) {
  const [cron, setCron] = useState('');
  const [timezone, setTimezone] = useState(localTimeZone);
  const [branch, setBranch] = useState('');
  const [enabled, setEnabled] = useState(true);
  const [cronError, setCronError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = cron.trim().replace(/\s+/g, ' ');
    if (c === '') return setCronError('Enter a cron expression such as 0 3 * * *');
    setCronError(null);
    const b = branch.trim();
    const tz = timezone.trim();
    onSubmit({ cron: c, enabled, ...(tz !== '' ? { timezone: tz } : {}), ...(b !== '' ? { branch: b } : {}) }, () => {
      setCron('');
      setBranch('');
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group gap="sm" align="flex-end" data-testid="create-schedule-form">
        <TextInput
          label="Cron"
          description="minute hour day month weekday"
          placeholder="0 3 * * *"
          w={180}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={cron}
          error={cronError}
          onChange={(e) => setCron(e.currentTarget.value)}
          data-testid="schedule-cron-input"
        />
        <TextInput label="Time zone" w={180} value={timezone} onChange={(e) => setTimezone(e.currentTarget.value)} data-testid="schedule-tz-input" />
        <TextInput
          label="Branch"
          placeholder="default branch"
          w={160}
          value={branch}
          onChange={(e) => setBranch(e.currentTarget.value)}
          data-testid="schedule-branch-input"
        />
        <Switch label="Enabled" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} mb={8} />
        <Button type="submit" loading={pending} data-testid="create-schedule-submit">
          Add schedule
        </Button>
      </Group>
    </form>
  );
}
