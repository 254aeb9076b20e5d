import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import type { IssueStatus } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { ISSUE_STATUSES, ISSUE_STATUS_LABEL } from './issue.labels';
import { useTriage } from './triage.queries';

type Choice = IssueStatus | 'ARCHIVE';
const NEEDS_REASON = new Set<Choice>(['FALSE_POSITIVE', 'NON_EXPLOITABLE', 'ACCEPTED_RISK', 'ARCHIVE']);

/** One decision for every selected issue: all are changed or, on any refusal, none. */
export function BulkTriageBar({ orgId, issueIds, onDone }: { orgId: string; issueIds: string[]; onDone: () => void }) {
  const triage = useTriage(orgId);
  const [choice, setChoice] = useState<Choice>('REVIEWING');
  const [reason, setReason] = useState('');
  const missing = NEEDS_REASON.has(choice) && reason.trim() === '';
  const apply = () => {
    const withReason = reason.trim() === '' ? {} : { reason };
    const action = choice === 'ARCHIVE' ? ({ kind: 'archive', body: { issueIds, reason } } as const) : ({ kind: 'updateStatus', body: { issueIds, status: choice, ...withReason } } as const);
    triage.mutate(action, { onSuccess: () => { setReason(''); onDone(); } });
  };
  return (
    <Paper withBorder p="sm" data-testid="bulk-triage">
      <Group gap="sm" align="flex-end">
        <Text size="sm" fw={600} data-testid="bulk-count">
          {issueIds.length} selected
        </Text>
        <Select
          aria-label="Decision"
          w={200}
          allowDeselect={false}
          data={[...ISSUE_STATUSES.map((s) => ({ value: s, label: ISSUE_STATUS_LABEL[s] })), { value: 'ARCHIVE', label: 'Archive' }]}
          value={choice}
          onChange={(v) => v && setChoice(v as Choice)}
          data-testid="bulk-status"
        />
        <TextInput aria-label="Reason" placeholder={NEEDS_REASON.has(choice) ? 'Reason (required)' : 'Reason (optional)'} w={320} maxLength={5000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="bulk-reason" />
        <Button disabled={missing} loading={triage.isPending} onClick={apply} data-testid="bulk-apply">
          Apply to {issueIds.length}
        </Button>
      </Group>
      <ApiErrorAlert error={triage.error} title="Nothing was changed" />
    </Paper>
  );
}
