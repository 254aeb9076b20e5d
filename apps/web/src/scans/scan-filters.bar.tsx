import { Group, MultiSelect, Select, Switch } from '@mantine/core';
import { useRepositoryOptions } from '../repositories/repositories.queries';
import type { ScanFilters } from './scan-filters';
import { SCAN_STATUSES, SCAN_TYPES, SCAN_TYPE_LABEL, SEVERITY_LEVEL_FILTERS } from './scan.labels';

interface Props {
  orgId: string;
  filters: ScanFilters;
  /** Any filter change returns to the first page. */
  onChange(next: ScanFilters): void;
}

export function ScanFiltersBar({ orgId, filters, onChange }: Props) {
  const repositories = useRepositoryOptions(orgId);
  const set = (patch: Partial<ScanFilters>) => onChange({ ...filters, ...patch, page: 1 });
  return (
    <Group gap="sm" align="flex-end" data-testid="scan-filters">
      <Select
        label="Repository"
        placeholder="All repositories"
        clearable
        searchable
        w={220}
        data={repositories}
        value={filters.repositoryId}
        onChange={(v) => set({ repositoryId: v })}
        data-testid="scan-filter-repository"
      />
      <Select
        label="Type"
        placeholder="Any type"
        clearable
        w={140}
        data={SCAN_TYPES.map((t) => ({ value: t, label: SCAN_TYPE_LABEL[t] }))}
        value={filters.type}
        onChange={(v) => set({ type: SCAN_TYPES.find((t) => t === v) ?? null })}
        data-testid="scan-filter-type"
      />
      <MultiSelect
        label="Status"
        placeholder={filters.statuses.length === 0 ? 'Any status' : undefined}
        clearable
        w={260}
        data={SCAN_STATUSES.map((s) => ({ value: s, label: s.toLowerCase() }))}
        value={filters.statuses}
        onChange={(v) => set({ statuses: SCAN_STATUSES.filter((s) => v.includes(s)) })}
        data-testid="scan-filter-status"
      />
      <Select
        label="Found issues at"
        placeholder="Any level"
        clearable
        w={150}
        data={SEVERITY_LEVEL_FILTERS}
        value={filters.severity}
        onChange={(v) => set({ severity: SEVERITY_LEVEL_FILTERS.find((l) => l === v) ?? null })}
        data-testid="scan-filter-severity"
      />
      <Switch
        label="Latest per PR"
        checked={filters.latestPerPr}
        onChange={(e) => set({ latestPerPr: e.currentTarget.checked })}
        mb={8}
        data-testid="scan-filter-latest-per-pr"
      />
    </Group>
  );
}
