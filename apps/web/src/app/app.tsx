import { Button, Center, Loader, Stack } from '@mantine/core';
import { AuditLogPage } from '../audit/audit-log.page';
import { HOME_PATH, LoginPage } from '../auth/login.page';
import { ApiErrorAlert } from '../display/api-error.alert';
import { InvitePage } from '../invite/invite.page';
import { IssueDetailPage } from '../issues/issue-detail.page';
import { IssuesPage } from '../issues/issues.page';
import { MembersPage } from '../members/members.page';
import { RepositoriesPage } from '../repositories/repositories.page';
import { RepositoryDetailPage } from '../repositories/repository-detail.page';
import { OrgSettingsPage } from '../orgs/org-settings.page';
import { Redirect } from '../router/redirect';
import { pathParam, safeNextPath, useLocation } from '../router/router';
import { ScanDetailPage } from '../scans/scan-detail.page';
import { ScansPage } from '../scans/scans.page';
import { SessionProvider } from '../session/session.context';
import { useSessionQuery } from '../session/session.query';
import { AppShellLayout } from '../shell/app-shell';
import { NotFoundPage } from '../shell/not-found.page';
import { TeamDetailPage } from '../teams/team-detail.page';
import { TeamsPage } from '../teams/teams.page';
import { ApiTokensPage } from '../tokens/api-tokens.page';
import { ClientSetupPage } from '../tokens/client-setup.page';

function SignedInPage({ pathname, search }: { pathname: string; search: string }) {
  if (pathname === '/' || pathname === '/settings') return <Redirect to={HOME_PATH} />;
  if (pathname === '/settings/api-tokens') return <ApiTokensPage />;
  if (pathname === '/settings/clients') return <ClientSetupPage />;
  if (pathname === '/settings/members') return <MembersPage />;
  if (pathname === '/settings/teams') return <TeamsPage />;
  if (pathname === '/settings/organization') return <OrgSettingsPage />;
  if (pathname === '/settings/audit-log') return <AuditLogPage />;
  if (pathname === '/repositories') return <RepositoriesPage />;
  if (pathname === '/scans') return <ScansPage search={search} />;
  if (pathname === '/issues') return <IssuesPage search={search} />;
  const repositoryId = pathParam(pathname, '/repositories/');
  if (repositoryId !== null) return <RepositoryDetailPage repositoryId={repositoryId} />;
  const teamId = pathParam(pathname, '/settings/teams/');
  if (teamId !== null) return <TeamDetailPage teamId={teamId} />;
  const scanId = pathParam(pathname, '/scans/');
  if (scanId !== null) return <ScanDetailPage scanId={scanId} />;
  const issueId = pathParam(pathname, '/issues/');
  if (issueId !== null) return <IssueDetailPage issueId={issueId} />;
  return <NotFoundPage pathname={pathname} />;
}

export function App() {
  const { pathname, search } = useLocation();
  const session = useSessionQuery();

  if (session.isPending) {
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={480}>
          <ApiErrorAlert error={session.error} title="Could not reach the Nullpath server" />
          <Button variant="default" onClick={() => void session.refetch()}>
            Try again
          </Button>
        </Stack>
      </Center>
    );
  }

  const current = session.data;
  if (pathname === '/invite') return <InvitePage search={search} session={current} />;
  if (pathname === '/login') {
    const next = new URLSearchParams(search).get('next');
    return current ? <Redirect to={safeNextPath(next, HOME_PATH)} /> : <LoginPage next={next} />;
  }
  if (!current) {
    const back = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
    return <Redirect to={`/login${back}`} />;
  }
  return (
    <SessionProvider session={current}>
      <AppShellLayout pathname={pathname}>
        <SignedInPage pathname={pathname} search={search} />
      </AppShellLayout>
    </SessionProvider>
  );
}
