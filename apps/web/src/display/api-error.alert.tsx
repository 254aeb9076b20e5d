import { Alert, Code, Text } from '@mantine/core';
import { isApiError } from '@nullpath/api-client';

/**
 * Shows a failed call as the server described it: its message, and the request id an operator can
 * grep for in the server log.
 */
export function ApiErrorAlert({ error, title = 'Request failed' }: { error: unknown; title?: string }) {
  if (error === null || error === undefined) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" variant="light" title={title} data-testid="api-error" role="alert">
      <Text size="sm" data-testid="api-error-message">
        {message}
      </Text>
      {isApiError(error) && error.requestId !== '' && (
        <Text size="xs" c="dimmed" mt={4}>
          {error.code} · request id <Code data-testid="api-error-request-id">{error.requestId}</Code>
        </Text>
      )}
    </Alert>
  );
}
