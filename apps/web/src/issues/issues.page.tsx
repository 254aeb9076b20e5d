import { Group, Loader, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import type { Org } from '@nullpath/api-client';
import { ApiErrorAlert } from '../display/api-error.alert';
import { replaceSearch } from '../router/router';
import { useOrg } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { type IssueFilters, PAGE_SIZES, issueFiltersToBody, issueFiltersToSearch, parseIssueFilters } from './issue-filters';
import { IssueFiltersBar } from './issue-filters.bar';
import { useState } from 'react';
import { BulkTriageBar } from './bulk-triage.bar';
import { IssuesTable } from './issues.table';
import { useIssues } from './issues.queries';

export function IssuesPage({ search }: { search: string }) {
  const { org } = useOrg();
  if (!org) return <NoOrganization />;
  return <IssuesView key={org.id} org={org} search={search} />;
}

function IssuesView({ org, search }: { org: Org; search: string }) {
  const filters = parseIssueFilters(search);
  const issues = useIssues(org.id, issueFiltersToBody(filters));
  const setFilters = (next: IssueFilters) => replaceSearch(issueFiltersToSearch(next));
  const total = issues.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / filters.limit));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selection = {
    selected,
    toggle: (id: string) => setSelected((cur) => { const next = new Set(cur); if (!next.delete(id)) next.add(id); return next; }),
    setAll: (ids: string[] | null) => setSelected(new Set(ids ?? [])),
  };

  return (
    // aria-busy while a filter change is fetching: the previous rows stay on screen until the answer comes.
    <Stack gap="md" data-testid="issues-page" aria-busy={issues.isFetching}>
      <div>
        <Title order={2}>Issues</Title>
        <Text size="sm" c="dimmed">
          Code, dependency and secret findings in {org.name}, highest score first.
        </Text>
      </div>
      <IssueFiltersBar orgId={org.id} filters={filters} onChange={setFilters} />
      {issues.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={issues.error} title="Could not load issues" />
      {issues.data &&
        (issues.data.issues.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid="issues-empty">
            No issues match these filters.
          </Text>
        ) : (
          <>
            {selected.size > 0 && <BulkTriageBar orgId={org.id} issueIds={[...selected]} onDone={() => setSelected(new Set())} />}
            <IssuesTable issues={issues.data.issues} selection={selection} />
          </>
        ))}
      {issues.data && (
        <Group justify="space-between">
          <Group gap="sm">
            <Text size="sm" c="dimmed" data-testid="issues-total" data-total={total}>
              {total} {total === 1 ? 'issue' : 'issues'}
            </Text>
            <Select
              aria-label="Issues per page"
              size="xs"
              w={110}
              allowDeselect={false}
              data={PAGE_SIZES.map((s) => ({ value: String(s), label: `${s} / page` }))}
              value={String(filters.limit)}
              onChange={(v) => setFilters({ ...filters, page: 1, limit: PAGE_SIZES.find((s) => String(s) === v) ?? filters.limit })}
              data-testid="issues-page-size"
            />
          </Group>
          {pages > 1 && (
            <Pagination total={pages} value={Math.min(filters.page, pages)} onChange={(page) => setFilters({ ...filters, page })} data-testid="issues-pagination" />
          )}
        </Group>
      )}
    </Stack>
  );
}
