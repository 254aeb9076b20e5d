import { AppShell, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { Link } from '../router/link';
import { useSession } from '../session/session.context';
import { useLogout } from '../session/use-logout';
import { OrgSwitcher } from './org-switcher';

const NAV = [
  {
    section: 'Scanning',
    items: [
      { href: '/repositories', label: 'Repositories', testId: 'nav-repositories' },
      { href: '/scans', label: 'Scans', testId: 'nav-scans' },
      { href: '/issues', label: 'Issues', testId: 'nav-issues' },
    ],
  },
  {
    section: 'Settings',
    items: [
      { href: '/settings/api-tokens', label: 'API Tokens', testId: 'nav-api-tokens' },
      { href: '/settings/members', label: 'Members', testId: 'nav-members' },
      { href: '/settings/teams', label: 'Teams', testId: 'nav-teams' },
      { href: '/settings/organization', label: 'Organization', testId: 'nav-organization' },
      { href: '/settings/audit-log', label: 'Audit log', testId: 'nav-audit-log', adminOnly: true },
    ],
  },
] as const;

// Detail pages (/issues/:id) keep their section highlighted.
const isActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

export function AppShellLayout({ pathname, children }: { pathname: string; children: ReactNode }) {
  const { session, org } = useSession();
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
        {NAV.map(({ section, items }) => (
          <Fragment key={section}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={6} mt={section === 'Scanning' ? 0 : 'sm'}>
              {section}
            </Text>
            {items.filter((item) => !('adminOnly' in item) || org?.role === 'ADMIN').map((item) => (
              <NavLink
                key={item.href}
                component={Link}
                href={item.href}
                label={item.label}
                active={isActive(pathname, item.href)}
                data-testid={item.testId}
              />
            ))}
          </Fragment>
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <ApiErrorAlert error={logout.error} title="Sign-out failed" />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
