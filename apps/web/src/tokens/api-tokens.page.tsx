import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ApiToken } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { Link } from '../router/link';
import { useOrg } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { CreateTokenDialog } from './create-token.dialog';
import { DeleteTokenDialog } from './delete-token.dialog';
import { TokensTable } from './tokens.table';
import { useTokens } from './tokens.queries';

export function ApiTokensPage() {
  const { org } = useOrg();
  if (!org) return <NoOrganization />;
  // Keyed by org: switching organizations closes any open dialog and its state.
  return <ApiTokensView key={org.id} orgId={org.id} orgName={org.name} />;
}

function ApiTokensView({ orgId, orgName }: { orgId: string; orgName: string }) {
  const tokens = useTokens(orgId);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ApiToken | null>(null);

  return (
    <Stack gap="md" data-testid="api-tokens-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>API Tokens</Title>
          <Text size="sm" c="dimmed">
            Tokens for {orgName}. A token acts with your permissions in this organization.
          </Text>
          <Text size="sm">
            <Link href="/settings/clients" data-testid="client-setup-link">
              Set up ZeroPath clients (VS Code, MCP, Backstage, CLI) with a token
            </Link>
          </Text>
        </div>
        <Button onClick={() => setCreating(true)} data-testid="create-token-button">
          Create Token
        </Button>
      </Group>
      {tokens.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={tokens.error} title="Could not load API tokens" />
      {tokens.data && <TokensTable tokens={tokens.data.tokens} onDelete={setDeleting} />}
      <CreateTokenDialog orgId={orgId} opened={creating} onClose={() => setCreating(false)} />
      <DeleteTokenDialog orgId={orgId} token={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
