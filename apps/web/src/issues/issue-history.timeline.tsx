import { Loader, Text, Timeline } from '@mantine/core';
import type { HistoryEntry } from '@nullpath/api-client';
import { ApiErrorAlert } from '../display/api-error.alert';
import { formatDateTime } from '../display/date.format';
import { useIssueHistory } from './triage.queries';

const DISPOSITION_LABEL: Record<HistoryEntry['disposition'], string> = {
  FALSE_POSITIVE: 'Marked false positive',
  NON_EXPLOITABLE: 'Marked not exploitable',
  TRUE_POSITIVE: 'Confirmed true positive',
  SEVERITY_CHANGE: 'Severity changed',
  STATUS_CHANGE: 'Status changed',
  ARCHIVED: 'Archived',
  UNARCHIVED: 'Unarchived',
  REOPENED: 'Reopened by a scan',
  NOTE: 'Note edited',
};

/** Every decision on the issue, oldest first: who, when, from → to, and why. */
export function IssueHistoryTimeline({ orgId, issueId }: { orgId: string; issueId: string }) {
  const history = useIssueHistory(orgId, issueId);
  if (history.isPending) return <Loader size="sm" />;
  if (history.error) return <ApiErrorAlert error={history.error} title="Could not load the history" />;
  const entries = history.data.entries;
  if (entries.length === 0) return <Text size="sm" c="dimmed" data-testid="history-empty">No decisions yet.</Text>;
  return (
    <Timeline active={entries.length - 1} bulletSize={14} lineWidth={2} data-testid="issue-history">
      {entries.map((e) => (
        <Timeline.Item key={e.id} title={DISPOSITION_LABEL[e.disposition]} data-testid="history-entry" data-disposition={e.disposition}>
          <Text size="xs" c="dimmed">
            {formatDateTime(e.createdAt)} · {e.actor.email ?? (e.actor.type === 'system' ? 'Nullpath' : 'unknown')}
            {e.from !== null || e.to !== null ? ` · ${e.from ?? '—'} → ${e.to ?? '—'}` : ''}
          </Text>
          {e.rationale && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {e.rationale}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
