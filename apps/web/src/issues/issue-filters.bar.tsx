import { ActionIcon, Badge, Group, MultiSelect, Select, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { IssueSortBy } from '@nullpath/api-client';
import { useEffect, useState } from 'react';
import { useRepositoryOptions } from '../repositories/repositories.queries';
import type { IssueFilters } from './issue-filters';
import { ISSUE_SORT_LABEL, ISSUE_STATUSES, ISSUE_STATUS_LABEL, SCORE_LEVELS, VULN_CATEGORIES, VULN_CATEGORY_LABEL } from './issue.labels';

// 'patch' sorts by patch availability, which no scan produces yet.
const SORT_OPTIONS = (Object.keys(ISSUE_SORT_LABEL) as IssueSortBy[]).filter((s) => s !== 'patch').map((s) => ({ value: s, label: ISSUE_SORT_LABEL[s] }));

interface Props {
  orgId: string;
  filters: IssueFilters;
  /** Any filter change returns to the first page. */
  onChange(next: IssueFilters): void;
}

export function IssueFiltersBar({ orgId, filters, onChange }: Props) {
  const repositories = useRepositoryOptions(orgId);
  const set = (patch: Partial<IssueFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const [text, setText] = useState(filters.q);
  const [debounced] = useDebouncedValue(text.trim(), 300);
  // Typing updates the URL once it pauses, not on every keystroke: only a settled text is a dependency.
  useEffect(() => {
    if (debounced !== filters.q.trim()) set({ q: debounced });
  }, [debounced]);

  return (
    <Group gap="sm" align="flex-end" data-testid="issue-filters">
      <TextInput
        label="Search"
        placeholder="Title, file, package, rule…"
        w={240}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="issue-filter-search"
      />
      <MultiSelect
        label="Status"
        placeholder={filters.statuses.length === 0 ? 'Any status' : undefined}
        clearable
        w={230}
        data={ISSUE_STATUSES.map((s) => ({ value: s, label: ISSUE_STATUS_LABEL[s] }))}
        value={filters.statuses}
        onChange={(v) => set({ statuses: ISSUE_STATUSES.filter((s) => v.includes(s)) })}
        data-testid="issue-filter-status"
      />
      <MultiSelect
        label="Score level"
        placeholder={filters.levels.length === 0 ? 'Any level' : undefined}
        clearable
        w={220}
        data={SCORE_LEVELS.map((l) => ({ value: l, label: l.toLowerCase() }))}
        value={filters.levels}
        onChange={(v) => set({ levels: SCORE_LEVELS.filter((l) => v.includes(l)) })}
        data-testid="issue-filter-level"
      />
      <MultiSelect
        label="Category"
        placeholder={filters.categories.length === 0 ? 'Any category' : undefined}
        clearable
        w={230}
        data={VULN_CATEGORIES.map((c) => ({ value: c, label: VULN_CATEGORY_LABEL[c] }))}
        value={filters.categories}
        onChange={(v) => set({ categories: VULN_CATEGORIES.filter((c) => v.includes(c)) })}
        data-testid="issue-filter-category"
      />
      <Select
        label="Repository"
        placeholder="All repositories"
        clearable
        searchable
        w={200}
        data={repositories}
        value={filters.repositoryId}
        onChange={(v) => set({ repositoryId: v })}
        data-testid="issue-filter-repository"
      />
      <Group gap={4} align="flex-end" wrap="nowrap">
        <Select
          label="Sort by"
          w={140}
          allowDeselect={false}
          data={SORT_OPTIONS}
          value={filters.sortBy}
          onChange={(v) => set({ sortBy: SORT_OPTIONS.find((o) => o.value === v)?.value ?? filters.sortBy })}
          data-testid="issue-sort-by"
        />
        <Tooltip label={filters.sortOrder === 'desc' ? 'Descending' : 'Ascending'} withArrow>
          <ActionIcon
            variant="default"
            size="input-sm"
            aria-label={`Sort ${filters.sortOrder === 'desc' ? 'ascending' : 'descending'}`}
            onClick={() => set({ sortOrder: filters.sortOrder === 'desc' ? 'asc' : 'desc' })}
            data-testid="issue-sort-order"
            data-order={filters.sortOrder}
          >
            {filters.sortOrder === 'desc' ? '↓' : '↑'}
          </ActionIcon>
        </Tooltip>
      </Group>
      {filters.scanId !== null && (
        <Badge
          size="lg"
          variant="light"
          mb={4}
          rightSection={
            <ActionIcon size="xs" variant="transparent" aria-label="Show issues of every scan" onClick={() => set({ scanId: null })}>
              ×
            </ActionIcon>
          }
          data-testid="issue-filter-scan"
        >
          scan {filters.scanId.slice(0, 8)}
        </Badge>
      )}
    </Group>
  );
}
