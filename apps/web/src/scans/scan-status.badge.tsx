import { Badge } from '@mantine/core';
import type { ScanStatus } from '@nullpath/api-client';
import { SCAN_STATUS_COLOR } from './scan.labels';

export function ScanStatusBadge({ status }: { status: ScanStatus }) {
  return (
    <Badge color={SCAN_STATUS_COLOR[status]} variant="light" data-testid="scan-status" data-status={status}>
      {status.toLowerCase()}
    </Badge>
  );
}
