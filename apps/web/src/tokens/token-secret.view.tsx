import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { CreatedToken } from '@nullpath/api-client';
import { CopyField } from '../display/copy-field';
import { formatDateTime } from '../display/date.format';

/** The only place the secret is ever shown; it is dropped from memory when this view closes. */
export function TokenSecretView({ token, onDone }: { token: CreatedToken; onDone(): void }) {
  return (
    <Stack gap="sm" data-testid="token-secret-view">
      <Alert color="yellow" variant="light" title="Copy the secret now" data-testid="token-secret-warning">
        This is the only time the secret is shown. It cannot be shown again: if you lose it, delete this token and
        create a new one.
      </Alert>
      <CopyField label="Token ID" value={token.tokenId} testId="created-token-id" />
      <CopyField label="Secret" value={token.tokenSecret} testId="created-token-secret" />
      <Text size="xs" c="dimmed">
        Send them as the <code>X-ZeroPath-API-Token-Id</code> and <code>X-ZeroPath-API-Token-Secret</code> headers.
        {token.name !== null ? ` Name: ${token.name}.` : ''} Expires {formatDateTime(token.expiresAt)}.
      </Text>
      <Group justify="flex-end">
        <Button onClick={onDone} data-testid="token-secret-done">
          I have copied the secret
        </Button>
      </Group>
    </Stack>
  );
}
