import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { Issue, IssueStatus, ScoreLevel } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { ISSUE_STATUSES, ISSUE_STATUS_LABEL, SCORE_LEVELS } from './issue.labels';
import { useTriage } from './triage.queries';

const VERDICT_COLOR = { CONFIRMED: 'red', DISCONFIRMED: 'green', UNKNOWN: 'gray' } as const;
/** Decisions that need a written rationale (the API refuses them without one). */
const NEEDS_REASON = new Set<IssueStatus>(['FALSE_POSITIVE', 'NON_EXPLOITABLE', 'ACCEPTED_RISK']);

/** Status, severity and dispositions of one issue, each with the rationale that goes into its history. */
export function IssueTriagePanel({ orgId, issue }: { orgId: string; issue: Issue }) {
  const triage = useTriage(orgId);
  const [status, setStatus] = useState<IssueStatus>(issue.issueStatus);
  const [level, setLevel] = useState<ScoreLevel>(issue.scoreLevel);
  const [reason, setReason] = useState('');
  const [jiraKey, setJiraKey] = useState('');
  const ids = [issue.id];
  const run = (a: Parameters<typeof triage.mutate>[0]) => triage.mutate(a, { onSuccess: () => setReason('') });
  const reasonMissing = reason.trim() === '';
  return (
    <Paper withBorder p="md" data-testid="triage-panel">
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            Validation
          </Text>
          <Badge color={VERDICT_COLOR[issue.validationVerdict ?? 'UNKNOWN']} variant="light" data-testid="issue-verdict">
            {(issue.validationVerdict ?? 'UNKNOWN').toLowerCase()}
          </Badge>
        </Group>
        {issue.validationSecurityAssessment && (
          <Text size="sm" c="dimmed" data-testid="issue-assessment">
            {issue.validationSecurityAssessment}
          </Text>
        )}
        {issue.nonExploitableReason && (
          <Text size="sm" data-testid="issue-non-exploitable-reason">
            Not exploitable: {issue.nonExploitableReason}
          </Text>
        )}
        {issue.jiraIssueId && (
          <Text size="sm" data-testid="issue-jira">
            Jira:{' '}
            <a href={issue.jiraIssueUrl ?? '#'} target="_blank" rel="noreferrer noopener">
              {issue.jiraIssueId}
            </a>
            {issue.jiraIssueTitle ? ` · ${issue.jiraIssueTitle}` : ''}
          </Text>
        )}
        {!issue.jiraIssueId && (
          <Group gap="xs" align="flex-end">
            <Button size="xs" variant="default" onClick={() => triage.mutate({ kind: 'createJiraIssue', body: { issueId: issue.id } })} data-testid="jira-create">
              Create Jira issue
            </Button>
            <TextInput size="xs" aria-label="Jira issue key or URL" placeholder="SEC-123 or …/browse/SEC-123" value={jiraKey} onChange={(e) => setJiraKey(e.currentTarget.value)} data-testid="jira-key" />
            <Button
              size="xs"
              variant="default"
              disabled={jiraKey.trim() === ''}
              onClick={() => triage.mutate({ kind: 'linkJiraIssue', body: { issueId: issue.id, ...(jiraKey.includes('/') ? { jiraIssueUrl: jiraKey.trim() } : { jiraIssueKey: jiraKey.trim() }) } })}
              data-testid="jira-link"
            >
              Link
            </Button>
          </Group>
        )}
        <Textarea
          label="Reason"
          description="Recorded in the issue's history; required for false positives, non-exploitable and accepted risk"
          autosize
          minRows={2}
          maxLength={5000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="triage-reason"
        />
        <Group gap="xs" align="flex-end">
          <Select
            label="Status"
            w={200}
            allowDeselect={false}
            data={ISSUE_STATUSES.map((s) => ({ value: s, label: ISSUE_STATUS_LABEL[s] }))}
            value={status}
            onChange={(v) => v && setStatus(v as IssueStatus)}
            data-testid="triage-status"
          />
          <Button
            variant="light"
            disabled={status === issue.issueStatus || (NEEDS_REASON.has(status) && reasonMissing)}
            loading={triage.isPending}
            onClick={() => run({ kind: 'updateStatus', body: { issueIds: ids, status, ...(reasonMissing ? {} : { reason }) } })}
            data-testid="triage-apply-status"
          >
            Set status
          </Button>
          <Select label="Severity" w={150} allowDeselect={false} data={SCORE_LEVELS.map((l) => ({ value: l, label: l.toLowerCase() }))} value={level} onChange={(v) => v && setLevel(v as ScoreLevel)} data-testid="triage-severity" />
          <Button variant="light" disabled={level === issue.scoreLevel || reasonMissing} onClick={() => run({ kind: 'updateSeverity', body: { issueId: issue.id, severity: level, reason } })} data-testid="triage-apply-severity">
            Change severity
          </Button>
        </Group>
        <Group gap="xs">
          <Button size="xs" color="gray" disabled={reasonMissing} onClick={() => run({ kind: 'markFalsePositive', body: { issueIds: ids, reason } })} data-testid="triage-false-positive">
            False positive
          </Button>
          <Button size="xs" color="gray" disabled={reasonMissing} onClick={() => run({ kind: 'markNonExploitable', body: { issueIds: ids, reason } })} data-testid="triage-non-exploitable">
            Not exploitable
          </Button>
          <Button size="xs" color="red" variant="light" onClick={() => run({ kind: 'markTruePositive', body: { issueIds: ids, ...(reasonMissing ? {} : { reason }) } })} data-testid="triage-true-positive">
            True positive
          </Button>
          {issue.issueStatus !== 'RESOLVED' && (
            <Button size="xs" variant="default" disabled={reasonMissing} onClick={() => run({ kind: 'archive', body: { issueIds: ids, reason } })} data-testid="triage-archive">
              Archive
            </Button>
          )}
          <Button size="xs" variant="subtle" onClick={() => run({ kind: 'unarchive', body: { issueIds: ids } })} data-testid="triage-unarchive">
            Unarchive
          </Button>
        </Group>
        <ApiErrorAlert error={triage.error} title="The decision was not recorded" />
      </Stack>
    </Paper>
  );
}
