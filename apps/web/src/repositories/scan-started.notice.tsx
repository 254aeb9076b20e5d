import { Alert, Anchor, Text } from '@mantine/core';
import type { Scan } from '@nullpath/api-client';
import { ApiErrorAlert } from '../display/api-error.alert';
import { Link } from '../router/link';

interface Props {
  repositoryName: string | null;
  scan: Scan | undefined;
  error: unknown;
  onClose(): void;
}

/** The outcome of a Scan button: a link to the queued scan, or the server's refusal (409 names the running scan). */
export function ScanStartedNotice({ repositoryName, scan, error, onClose }: Props) {
  const name = repositoryName ?? 'the repository';
  if (error) return <ApiErrorAlert error={error} title={`Could not start a scan of ${name}`} />;
  if (!scan) return null;
  return (
    <Alert color="blue" variant="light" withCloseButton onClose={onClose} data-testid="scan-started">
      <Text size="sm">
        Full scan of {name} ({scan.branch}) {scan.status.toLowerCase()}.{' '}
        <Anchor component={Link} href={`/scans/${encodeURIComponent(scan.id)}`} size="sm" data-testid="scan-started-link">
          Follow it
        </Anchor>{' '}
        or see{' '}
        <Anchor component={Link} href="/scans" size="sm">
          all scans
        </Anchor>
        .
      </Text>
    </Alert>
  );
}
