import { Anchor, Badge, Breadcrumbs, Code, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Issue, Org } from '@nullpath/api-client';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { formatDateTime } from '../display/date.format';
import { Link } from '../router/link';
import { useOrg } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { CodeSnippetView } from './code-snippet.view';
import { ISSUE_STATUS_LABEL, VULN_CATEGORY_LABEL } from './issue.labels';
import { IssueTraceView } from './issue-trace.view';
import { issueLocation } from './issues.table';
import { useIssue } from './issues.queries';
import { ScaDetailsView } from './sca-details.view';
import { ScoreLevelBadge } from './score-level.badge';
import { IssueHistoryTimeline } from './issue-history.timeline';
import { IssueNoteEditor } from './issue-note.editor';
import { IssueTriagePanel } from './issue-triage.panel';

export function IssueDetailPage({ issueId }: { issueId: string }) {
  const { org } = useOrg();
  if (!org) return <NoOrganization />;
  return <IssueDetailView key={`${org.id}:${issueId}`} org={org} issueId={issueId} />;
}

function IssueDetailView({ org, issueId }: { org: Org; issueId: string }) {
  const query = useIssue(org.id, issueId);
  const issue = query.data?.issue;
  return (
    <Stack gap="md" data-testid="issue-detail-page">
      <Breadcrumbs>
        <Anchor component={Link} href="/issues" size="sm">
          Issues
        </Anchor>
        <Text size="sm" ff="monospace">
          {issueId}
        </Text>
      </Breadcrumbs>
      {query.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={query.error} title="Could not load the issue" />
      {issue && <IssueDetail issue={issue} />}
      {issue && (
        <>
          <IssueTriagePanel key={`${issue.issueStatus}:${issue.score}`} orgId={org.id} issue={issue} />
          <Block title="Note">
            <IssueNoteEditor key={issue.note ?? ''} orgId={org.id} issue={issue} />
          </Block>
          <Block title="History">
            <IssueHistoryTimeline orgId={org.id} issueId={issue.id} />
          </Block>
        </>
      )}
    </Stack>
  );
}

const scanHref = (id: string) => `/scans/${encodeURIComponent(id)}`;

function IssueDetail({ issue: i }: { issue: Issue }) {
  return (
    <>
      <Stack gap={6}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ScoreLevelBadge level={i.scoreLevel} score={i.score} />
          <Title order={2} size="h3" data-testid="issue-title">
            {i.title}
          </Title>
        </Group>
        <Group gap={6}>
          <Badge variant="light" data-testid="issue-status" data-status={i.issueStatus}>
            {ISSUE_STATUS_LABEL[i.issueStatus]}
          </Badge>
          <Badge variant="outline" color="gray" data-testid="issue-category">
            {VULN_CATEGORY_LABEL[i.vulnCategory]}
          </Badge>
          <Text size="sm" c="dimmed">
            {i.vulnClass} · confidence {Math.round(i.confidence)}%
          </Text>
        </Group>
      </Stack>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Field label="Location">
            <Code data-testid="issue-location">{issueLocation(i)}</Code>
          </Field>
          <Field label="Rule">
            <Code data-testid="issue-rule">{i.ruleId}</Code>
          </Field>
          <Field label="CWE">
            <span data-testid="issue-cwes">{i.cwes.length > 0 ? i.cwes.join(', ') : '—'}</span>
          </Field>
          <Field label="Repository">
            <Anchor component={Link} href={`/repositories/${encodeURIComponent(i.repositoryId)}`} size="sm">
              {i.repositoryName}
            </Anchor>{' '}
            · {i.branch}
          </Field>
          <Field label="Language">{i.language ?? '—'}</Field>
          <Field label="Scans">
            <Anchor component={Link} href={scanHref(i.firstScanId)} size="sm">
              first
            </Anchor>
            {' · '}
            <Anchor component={Link} href={scanHref(i.lastScanId)} size="sm">
              latest
            </Anchor>
          </Field>
          <Field label="First found">{formatDateTime(i.createdAt)}</Field>
          <Field label="Updated">{formatDateTime(i.updatedAt)}</Field>
          <Field label="Resolved">{formatDateTime(i.resolvedAt)}</Field>
        </SimpleGrid>
      </Paper>
      {i.description !== '' && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="issue-description">
          {i.description}
        </Text>
      )}
      {i.codeContext !== null ? (
        <Block title="Code">
          <CodeSnippetView
            code={i.codeContext.code}
            startLine={i.codeContext.startLine}
            file={i.location.file}
            highlight={{ from: i.location.startLine ?? 0, to: i.location.endLine ?? i.location.startLine ?? 0 }}
          />
        </Block>
      ) : (
        i.codeSnippet !== null && (
          <Block title="Code">
            <CodeSnippetView code={i.codeSnippet} startLine={i.location.startLine} file={i.location.file} />
          </Block>
        )
      )}
      {i.trace.length > 0 && (
        <Block title={`Trace (${i.trace.length} ${i.trace.length === 1 ? 'step' : 'steps'})`}>
          <IssueTraceView trace={i.trace} />
        </Block>
      )}
      {i.sca !== null && (
        <Block title="Vulnerable dependency">
          <ScaDetailsView sca={i.sca} />
        </Block>
      )}
      <Block title="Remediation">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} {...(i.remediation === null ? { c: 'dimmed' } : {})} data-testid="issue-remediation">
          {i.remediation ?? 'No remediation advice was recorded for this finding.'}
        </Text>
      </Block>
    </>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
