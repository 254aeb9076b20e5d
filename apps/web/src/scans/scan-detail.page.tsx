import { Alert, Anchor, Breadcrumbs, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Org, Scan } from '@nullpath/api-client';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { formatDateTime } from '../display/date.format';
import { Link } from '../router/link';
import { useOrg } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { ScanCountsView } from './scan-counts.view';
import { ScanProgressView } from './scan-progress.view';
import { ScanStatusBadge } from './scan-status.badge';
import { mergeLiveScan } from './scan-stream.state';
import { SCAN_TYPE_LABEL, isActiveScan } from './scan.labels';
import { useCancelScan, useScan } from './scans.queries';
import { useScanStream } from './use-scan-stream';

export function ScanDetailPage({ scanId }: { scanId: string }) {
  const { org } = useOrg();
  if (!org) return <NoOrganization />;
  return <ScanDetailView key={`${org.id}:${scanId}`} org={org} scanId={scanId} />;
}

function ScanDetailView({ org, scanId }: { org: Org; scanId: string }) {
  const query = useScan(org.id, scanId);
  const fetched = query.data?.scan;
  const stream = useScanStream(org.id, scanId, fetched !== undefined && isActiveScan(fetched.status));
  const cancel = useCancelScan(org.id);

  return (
    <Stack gap="md" data-testid="scan-detail-page">
      <Breadcrumbs>
        <Anchor component={Link} href="/scans" size="sm">
          Scans
        </Anchor>
        <Text size="sm" ff="monospace">
          {scanId}
        </Text>
      </Breadcrumbs>
      {query.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={query.error} title="Could not load the scan" />
      <ApiErrorAlert error={cancel.error} title="Could not cancel the scan" />
      {fetched && <ScanSummary scan={mergeLiveScan(fetched, stream)} cancelling={cancel.isPending} onCancel={() => cancel.mutate(scanId)} />}
    </Stack>
  );
}

function ScanSummary({ scan, cancelling, onCancel }: { scan: Scan; cancelling: boolean; onCancel(): void }) {
  const active = isActiveScan(scan.status);
  const target = scan.type === 'PrScan' ? `${scan.headRef ?? '?'} → ${scan.baseRef ?? '?'}` : scan.branch;
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>
            {SCAN_TYPE_LABEL[scan.type]} of {scan.repositoryName ?? 'a deleted repository'}
          </Title>
          <Text size="sm" c="dimmed">
            {target}
            {scan.commitSha !== null ? ` @ ${scan.commitSha.slice(0, 12)}` : ''}
          </Text>
        </div>
        <Group gap="sm">
          {active && (
            <Button color="red" variant="light" loading={cancelling} disabled={scan.cancelRequested} onClick={onCancel} data-testid="cancel-scan">
              Cancel scan
            </Button>
          )}
          <Button component={Link} href={`/issues?scanId=${encodeURIComponent(scan.id)}`} data-testid="scan-issues-link">
            View issues
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md" data-testid="scan-detail" data-status={scan.status}>
        <Stack gap="sm">
          <Group gap="md" align="flex-start">
            <ScanStatusBadge status={scan.status} />
            {active && <ScanProgressView scan={scan} />}
            {!active && (
              <Text size="sm" c="dimmed" data-testid="scan-phase">
                phase: {scan.phase}
              </Text>
            )}
          </Group>
          {scan.status === 'FAILED' && (
            <Alert color="red" variant="light" title="The scan failed" data-testid="scan-error">
              {scan.errorMessage ?? 'No error message was recorded.'}
            </Alert>
          )}
          <ScanCountsView counts={scan.counts} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <Field label="Repository">
              <Anchor component={Link} href={`/repositories/${encodeURIComponent(scan.repositoryId)}`} size="sm">
                {scan.repositoryName ?? scan.repositoryId}
              </Anchor>
            </Field>
            <Field label="Trigger">{scan.trigger}</Field>
            <Field label="Pull request">{scan.prKey ?? '—'}</Field>
            <Field label="Created">{formatDateTime(scan.createdAt)}</Field>
            <Field label="Started">{formatDateTime(scan.startedAt)}</Field>
            <Field label="Finished">{formatDateTime(scan.finishedAt)}</Field>
          </SimpleGrid>
        </Stack>
      </Paper>
    </>
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
