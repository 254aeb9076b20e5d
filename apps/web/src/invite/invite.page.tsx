import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { type InvitationDescription, type Session, createApiClient } from '@nullpath/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { HOME_PATH } from '../auth/login.page';
import { ApiErrorAlert } from '../display/api-error.alert';
import { CenteredCard } from '../display/centered-card';
import { formatDateTime } from '../display/date.format';
import { Link } from '../router/link';
import { navigate } from '../router/router';
import { storeOrgId } from '../session/org-selection';
import { publicClient } from '../session/public-client';
import { SESSION_KEY } from '../session/session.query';
import { NewAccountForm } from './accept-invitation.form';

export function InvitePage({ search, session }: { search: string; session: Session | null }) {
  const token = new URLSearchParams(search).get('token') ?? '';
  const described = useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => publicClient.invitations.describe({ token }, { signal }),
    enabled: token !== '',
    retry: false,
  });

  return (
    <CenteredCard title="Join an organization">
      {token === '' && <Alert color="red">This invitation link has no token. Open the link from the invitation again.</Alert>}
      {token !== '' && described.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={described.error} title="This invitation cannot be used" />
      {described.data && <InvitationDetails token={token} invitation={described.data} session={session} />}
    </CenteredCard>
  );
}

function InvitationDetails({ token, invitation, session }: { token: string; invitation: InvitationDescription; session: Session | null }) {
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: (input: { password?: string; name?: string }) => publicClient.invitations.accept({ token, ...input }),
    onSuccess: async (res) => {
      storeOrgId(res.organizationId);
      // Accepting starts a new session (new cookie and CSRF token): load it before entering the app.
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      navigate(HOME_PATH, { replace: true });
    },
  });
  const signedInAs = session?.user.email.toLowerCase() ?? null;
  const invited = invitation.email.toLowerCase();
  const here = `/invite?token=${encodeURIComponent(token)}`;

  return (
    <Stack gap="sm" data-testid="invitation-details">
      <Text size="sm">
        <b>{invitation.email}</b> is invited to join <b data-testid="invitation-org">{invitation.organizationName}</b> as{' '}
        {invitation.role === 'ADMIN' ? 'an admin' : 'a member'}. The invitation expires {formatDateTime(invitation.expiresAt)}.
      </Text>
      <ApiErrorAlert error={accept.error} title="Could not accept the invitation" />
      {!invitation.userExists ? (
        <NewAccountForm pending={accept.isPending} onSubmit={(input) => accept.mutate(input)} />
      ) : signedInAs === invited ? (
        <Button loading={accept.isPending} onClick={() => accept.mutate({})} data-testid="accept-invitation">
          Join {invitation.organizationName}
        </Button>
      ) : signedInAs === null ? (
        <Text size="sm">
          You already have an account. <Link href={`/login?next=${encodeURIComponent(here)}`}>Sign in as {invitation.email}</Link>{' '}
          to accept.
        </Text>
      ) : (
        <SignedInAsSomeoneElse session={session} invitedEmail={invitation.email} />
      )}
    </Stack>
  );
}

function SignedInAsSomeoneElse({ session, invitedEmail }: { session: Session | null; invitedEmail: string }) {
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: () => createApiClient({ baseUrl: '', auth: { kind: 'session', csrfToken: session?.csrfToken ?? '' } }).auth.logout(),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] && q.queryKey[0] !== 'invitation' });
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
  return (
    <Stack gap="xs">
      <Text size="sm">
        You are signed in as {session?.user.email}. This invitation is for {invitedEmail}: sign out, then sign in as{' '}
        {invitedEmail} to accept it.
      </Text>
      <ApiErrorAlert error={logout.error} title="Sign-out failed" />
      <Button variant="default" loading={logout.isPending} onClick={() => logout.mutate()}>
        Sign out
      </Button>
    </Stack>
  );
}
