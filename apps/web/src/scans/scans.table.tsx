import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { Scan } from '@nullpath/api-client';
import { formatDateTime } from '../display/date.format';
import { Link } from '../router/link';
import { ScanCountsView } from './scan-counts.view';
import { ScanProgressView } from './scan-progress.view';
import { ScanStatusBadge } from './scan-status.badge';
import { mergeLiveScan } from './scan-stream.state';
import { SCAN_TYPE_LABEL, isActiveScan } from './scan.labels';
import { useScanStream } from './use-scan-stream';

// Browsers allow about six HTTP/1.1 connections per origin, and each stream holds one open: past this many
// active rows the rest are refreshed by the list's polling, so API calls never queue behind streams.
const MAX_LIVE_STREAMS = 3;

interface Props {
  orgId: string;
  scans: readonly Scan[];
  cancellingId: string | null;
  onCancel(scan: Scan): void;
  /** Hide the repository column on a repository's own page. */
  showRepository?: boolean;
}

export function ScansTable({ orgId, scans, cancellingId, onCancel, showRepository = true }: Props) {
  const liveIds = new Set(scans.filter((s) => isActiveScan(s.status)).slice(0, MAX_LIVE_STREAMS).map((s) => s.id));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="scans-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Scan</Table.Th>
            {showRepository && <Table.Th>Repository</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th>Findings</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scans.map((s) => (
            <ScanRow
              key={s.id}
              orgId={orgId}
              scan={s}
              live={liveIds.has(s.id)}
              cancelling={cancellingId === s.id}
              onCancel={onCancel}
              showRepository={showRepository}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface RowProps {
  orgId: string;
  scan: Scan;
  live: boolean;
  cancelling: boolean;
  onCancel(scan: Scan): void;
  showRepository: boolean;
}

function ScanRow({ orgId, scan: fetched, live, cancelling, onCancel, showRepository }: RowProps) {
  const stream = useScanStream(orgId, fetched.id, live);
  const scan = mergeLiveScan(fetched, stream);
  const active = isActiveScan(scan.status);
  return (
    <Table.Tr data-testid={`scan-row-${scan.id}`} data-status={scan.status}>
      <Table.Td>
        <Anchor component={Link} href={`/scans/${encodeURIComponent(scan.id)}`} size="sm" fw={500} data-testid="scan-link">
          {SCAN_TYPE_LABEL[scan.type]} · {scan.type === 'PrScan' ? `${scan.headRef ?? '?'} → ${scan.baseRef ?? '?'}` : scan.branch}
        </Anchor>
        {scan.prKey !== null && scan.prScanCount !== null && scan.prScanCount > 1 && (
          <Badge size="xs" variant="light" ml={6}>
            {scan.prScanCount} scans of this PR
          </Badge>
        )}
        <Text size="xs" c="dimmed" ff="monospace">
          {scan.commitSha?.slice(0, 10) ?? scan.id.slice(0, 8)} · {scan.trigger}
        </Text>
      </Table.Td>
      {showRepository && (
        <Table.Td>
          <Anchor component={Link} href={`/repositories/${encodeURIComponent(scan.repositoryId)}`} size="sm">
            {scan.repositoryName ?? scan.repositoryId}
          </Anchor>
        </Table.Td>
      )}
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <ScanStatusBadge status={scan.status} />
          {active && <ScanProgressView scan={scan} />}
          {scan.status === 'FAILED' && scan.errorMessage !== null && (
            <Text size="xs" c="red" maw={320} style={{ wordBreak: 'break-word' }} data-testid="scan-error">
              {scan.errorMessage}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <ScanCountsView counts={scan.counts} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatDateTime(scan.startedAt ?? scan.createdAt)}</Text>
        {scan.finishedAt !== null && (
          <Text size="xs" c="dimmed">
            finished {formatDateTime(scan.finishedAt)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {active && (
          <Button
            size="xs"
            color="red"
            variant="subtle"
            loading={cancelling}
            disabled={scan.cancelRequested}
            onClick={() => onCancel(scan)}
            data-testid={`cancel-scan-${scan.id}`}
          >
            Cancel
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
