import { Progress, Stack, Text } from '@mantine/core';
import type { Scan } from '@nullpath/api-client';
import { progressPercent } from './scan-stream.state';

/** The phase and a bar for a queued or running scan; a bar without a known total is indeterminate. */
export function ScanProgressView({ scan }: { scan: Pick<Scan, 'status' | 'phase' | 'progress' | 'cancelRequested'> }) {
  const percent = scan.status === 'RUNNING' ? progressPercent(scan.progress) : null;
  const detail = percent !== null ? ` · ${scan.progress.done}/${scan.progress.total}` : '';
  return (
    <Stack gap={2} miw={140} data-testid="scan-progress" data-phase={scan.phase} data-percent={percent ?? ''}>
      <Progress
        size="sm"
        value={percent ?? 100}
        striped={percent === null}
        animated={scan.status === 'RUNNING' && percent === null}
        color={scan.status === 'QUEUED' ? 'gray' : 'blue'}
        aria-label={`Scan progress: ${scan.phase}`}
      />
      <Text size="xs" c="dimmed">
        {scan.cancelRequested ? 'cancelling…' : `${scan.phase}${detail}`}
      </Text>
    </Stack>
  );
}
