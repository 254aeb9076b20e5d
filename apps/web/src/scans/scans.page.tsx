import { Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import type { Org } from '@nullpath/api-client';
import { ApiErrorAlert } from '../display/api-error.alert';
import { replaceSearch } from '../router/router';
import { useOrg } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { SCANS_PAGE_SIZE, type ScanFilters, parseScanFilters, scanFiltersToBody, scanFiltersToSearch } from './scan-filters';
import { ScanFiltersBar } from './scan-filters.bar';
import { ScansTable } from './scans.table';
import { useCancelScan, useScans } from './scans.queries';

export function ScansPage({ search }: { search: string }) {
  const { org } = useOrg();
  if (!org) return <NoOrganization />;
  return <ScansView key={org.id} org={org} search={search} />;
}

function ScansView({ org, search }: { org: Org; search: string }) {
  const filters = parseScanFilters(search);
  const scans = useScans(org.id, scanFiltersToBody(filters));
  const cancel = useCancelScan(org.id);
  const setFilters = (next: ScanFilters) => replaceSearch(scanFiltersToSearch(next));
  const total = scans.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / SCANS_PAGE_SIZE));

  return (
    <Stack gap="md" data-testid="scans-page">
      <div>
        <Title order={2}>Scans</Title>
        <Text size="sm" c="dimmed">
          Full and pull-request scans in {org.name}. Running scans update live.
        </Text>
      </div>
      <ScanFiltersBar orgId={org.id} filters={filters} onChange={setFilters} />
      <ApiErrorAlert error={scans.error} title="Could not load scans" />
      <ApiErrorAlert error={cancel.error} title="Could not cancel the scan" />
      {scans.isPending && <Loader size="sm" />}
      {scans.data &&
        (scans.data.scans.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid="scans-empty">
            No scans match. Start one from the Repositories page.
          </Text>
        ) : (
          <>
            <ScansTable
              orgId={org.id}
              scans={scans.data.scans}
              cancellingId={cancel.isPending ? (cancel.variables ?? null) : null}
              onCancel={(s) => cancel.mutate(s.id)}
            />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" data-testid="scans-total">
                {total} {total === 1 ? 'scan' : 'scans'}
              </Text>
              {pages > 1 && <Pagination total={pages} value={Math.min(filters.page, pages)} onChange={(page) => setFilters({ ...filters, page })} />}
            </Group>
          </>
        ))}
    </Stack>
  );
}
