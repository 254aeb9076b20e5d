import { Alert } from '@mantine/core';

export function NoOrganization() {
  return (
    <Alert color="yellow" title="No organization" data-testid="no-organization">
      Your account does not belong to any organization. Ask an administrator to invite you.
    </Alert>
  );
}
