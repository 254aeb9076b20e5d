import { Stack, Text, Title } from '@mantine/core';
import { Link } from '../router/link';

export function NotFoundPage({ pathname }: { pathname: string }) {
  return (
    <Stack>
      <Title order={2}>Page not found</Title>
      <Text>
        There is no page at <code>{pathname}</code>. Go to <Link href="/settings/api-tokens">API Tokens</Link>.
      </Text>
    </Stack>
  );
}
