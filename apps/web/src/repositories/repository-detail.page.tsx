import { Anchor, Badge, Breadcrumbs, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { Org, RepositoryWithPartitions } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { formatDateTime } from '../display/date.format';
import { Link } from '../router/link';
import { navigate } from '../router/router';
import { ScansTable } from '../scans/scans.table';
import { useCancelScan, useScans, useStartScan } from '../scans/scans.queries';
import { useOrg } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { DeleteRepositoryDialog } from './delete-repository.dialog';
import { useRepository } from './repositories.queries';
import { ScanStartedNotice } from './scan-started.notice';
import { SchedulesSection } from './schedules.section';

const RECENT_SCANS = 10;
const repoHref = (id: string) => `/repositories/${encodeURIComponent(id)}`;

export function RepositoryDetailPage({ repositoryId }: { repositoryId: string }) {
  const { org } = useOrg();
  if (!org) return <NoOrganization />;
  return <RepositoryDetailView key={`${org.id}:${repositoryId}`} org={org} repositoryId={repositoryId} />;
}

function RepositoryDetailView({ org, repositoryId }: { org: Org; repositoryId: string }) {
  const query = useRepository(org.id, repositoryId);
  const repository = query.data?.repository;
  return (
    <Stack gap="lg" data-testid="repo-detail-page">
      <Breadcrumbs>
        <Anchor component={Link} href="/repositories" size="sm">
          Repositories
        </Anchor>
        <Text size="sm">{repository?.name ?? repositoryId}</Text>
      </Breadcrumbs>
      {query.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={query.error} title="Could not load the repository" />
      {repository && <RepositoryDetail org={org} repository={repository} />}
    </Stack>
  );
}

function RepositoryDetail({ org, repository: r }: { org: Org; repository: RepositoryWithPartitions }) {
  const startScan = useStartScan(org.id);
  const cancel = useCancelScan(org.id);
  const scans = useScans(org.id, { repositoryIds: [r.id], offset: 0, limit: RECENT_SCANS });
  const [deleting, setDeleting] = useState(false);

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="repo-detail-name">
            {r.name}
          </Title>
          <Text size="sm" ff="monospace" c="dimmed" data-testid="repo-detail-url">
            {r.url}
            {r.partitionPath !== null ? ` · ${r.partitionPath}` : ''}
          </Text>
          <Group gap={6} mt={6}>
            <Badge variant="light">branch {r.defaultBranch ?? 'auto'}</Badge>
            {r.hasCredentials && <Badge variant="light" color="grape">credentials stored</Badge>}
            {r.tags.map((t) => (
              <Badge key={t} variant="outline" color="gray">
                {t}
              </Badge>
            ))}
            <Text size="xs" c="dimmed">
              last scanned {formatDateTime(r.lastScannedAt, 'never')} · {r.issueCounts.open ?? 0} open issues
            </Text>
          </Group>
        </div>
        <Group gap="sm">
          <Button variant="default" component={Link} href={`/issues?repositoryId=${encodeURIComponent(r.id)}`}>
            Issues
          </Button>
          <Button loading={startScan.isPending} onClick={() => startScan.mutate(r.id)} data-testid="repo-detail-scan">
            Scan now
          </Button>
          <Button color="red" variant="subtle" onClick={() => setDeleting(true)} data-testid="repo-detail-delete">
            Delete
          </Button>
        </Group>
      </Group>
      <ScanStartedNotice repositoryName={r.name} scan={startScan.data?.scan} error={startScan.error} onClose={() => startScan.reset()} />
      {r.parentId !== null && (
        <Text size="sm">
          A partition of{' '}
          <Anchor component={Link} href={repoHref(r.parentId)}>
            its monorepo
          </Anchor>
          .
        </Text>
      )}
      {r.partitions.length > 0 && <PartitionsTable repository={r} />}
      <SchedulesSection orgId={org.id} repositoryId={r.id} />
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Recent scans
          </Title>
          <Anchor component={Link} href={`/scans?repositoryId=${encodeURIComponent(r.id)}`} size="sm">
            All scans of {r.name}
          </Anchor>
        </Group>
        <ApiErrorAlert error={scans.error} title="Could not load scans" />
        <ApiErrorAlert error={cancel.error} title="Could not cancel the scan" />
        {scans.data && scans.data.scans.length === 0 && (
          <Text size="sm" c="dimmed">
            Not scanned yet.
          </Text>
        )}
        {scans.data && scans.data.scans.length > 0 && (
          <ScansTable
            orgId={org.id}
            scans={scans.data.scans}
            showRepository={false}
            cancellingId={cancel.isPending ? (cancel.variables ?? null) : null}
            onCancel={(s) => cancel.mutate(s.id)}
          />
        )}
      </Stack>
      <DeleteRepositoryDialog
        orgId={org.id}
        repository={deleting ? r : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate('/repositories', { replace: true })}
      />
    </>
  );
}

function PartitionsTable({ repository }: { repository: RepositoryWithPartitions }) {
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Partitions
      </Title>
      <Table verticalSpacing="xs" data-testid="partitions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Path</Table.Th>
            <Table.Th>Last scanned</Table.Th>
            <Table.Th>Open issues</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {repository.partitions.map((p) => (
            <Table.Tr key={p.id} data-testid={`partition-row-${p.id}`}>
              <Table.Td>
                <Anchor component={Link} href={repoHref(p.id)} size="sm">
                  {p.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <code>{p.partitionPath}</code>
              </Table.Td>
              <Table.Td>{formatDateTime(p.lastScannedAt, 'Never')}</Table.Td>
              <Table.Td>{p.issueCounts.open ?? 0}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
