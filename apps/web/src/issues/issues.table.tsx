import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import type { Issue } from '@nullpath/api-client';
import { formatDate, formatDateTime } from '../display/date.format';
import { Link } from '../router/link';
import { ISSUE_STATUS_LABEL } from './issue.labels';
import { ScoreLevelBadge } from './score-level.badge';

/** `file:line` for code findings, the manifest (and package) for dependency findings. */
export function issueLocation(issue: Issue): string {
  const { file, startLine } = issue.location;
  if (file === null) return '—';
  return startLine !== null ? `${file}:${startLine}` : file;
}

export interface Selection {
  selected: ReadonlySet<string>;
  toggle(id: string): void;
  setAll(ids: string[] | null): void;
}

export function IssuesTable({ issues, selection }: { issues: readonly Issue[]; selection?: Selection }) {
  const allSelected = selection !== undefined && issues.length > 0 && issues.every((i) => selection.selected.has(i.id));
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="issues-table">
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={36}>
                <Checkbox aria-label="Select every issue on this page" checked={allSelected} onChange={() => selection.setAll(allSelected ? null : issues.map((i) => i.id))} data-testid="issues-select-all" />
              </Table.Th>
            )}
            <Table.Th>Score</Table.Th>
            <Table.Th>Issue</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Location</Table.Th>
            <Table.Th>Repository</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Found</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((i) => (
            <Table.Tr key={i.id} data-testid={`issue-row-${i.id}`} data-category={i.vulnCategory} data-rule={i.ruleId}>
              {selection && (
                <Table.Td>
                  <Checkbox aria-label={`Select ${i.title}`} checked={selection.selected.has(i.id)} onChange={() => selection.toggle(i.id)} data-testid="issue-select" />
                </Table.Td>
              )}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ScoreLevelBadge level={i.scoreLevel} score={i.score} />
              </Table.Td>
              <Table.Td maw={420}>
                <Anchor component={Link} href={`/issues/${encodeURIComponent(i.id)}`} size="sm" fw={500} data-testid="issue-link">
                  {i.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {i.vulnClass}
                  {i.cwes.length > 0 ? ` · ${i.cwes.join(', ')}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="outline" color="gray">
                  {i.vulnCategory}
                </Badge>
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="xs" ff="monospace" truncate="end" title={issueLocation(i)}>
                  {issueLocation(i)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.repositoryName}</Text>
                <Text size="xs" c="dimmed">
                  {i.branch}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" data-testid="issue-status">
                  {ISSUE_STATUS_LABEL[i.issueStatus]}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} title={formatDateTime(i.createdAt)}>
                {formatDate(i.createdAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
