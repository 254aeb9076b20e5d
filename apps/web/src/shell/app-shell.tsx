import { AppShell, Button, Group, NavLink, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { Link } from '../router/link';
import { useSession } from '../session/session.context';
import { useLogout } from '../session/use-logout';
import { OrgSwitcher } from './org-switcher';

const NAV = [
  { href: '/settings/api-tokens', label: 'API Tokens', testId: 'nav-api-tokens' },
  { href: '/settings/members', label: 'Members', testId: 'nav-members' },
] as const;

export function AppShellLayout({ pathname, children }: { pathname: string; children: ReactNode }) {
  const { session } = useSession();
  const logout = useLogout();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Title order={3} size="h4">
              Nullpath
            </Title>
            <OrgSwitcher />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" data-testid="current-user">
              {session.user.email}
            </Text>
            <Button variant="default" size="xs" loading={logout.isPending} onClick={() => logout.mutate()} data-testid="logout">
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={6}>
          Settings
        </Text>
        {NAV.map((item) => (
          <NavLink
            key={item.href}
            component={Link}
            href={item.href}
            label={item.label}
            active={pathname === item.href}
            data-testid={item.testId}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <ApiErrorAlert error={logout.error} title="Sign-out failed" />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
