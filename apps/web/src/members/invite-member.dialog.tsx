import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { Invitation, Role } from '@nullpath/api-client';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { CopyField } from '../display/copy-field';
import { formatDateTime } from '../display/date.format';
import { useInviteMember } from './members.queries';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteMemberDialog({ orgId, opened, onClose }: { orgId: string; opened: boolean; onClose(): void }) {
  const invite = useInviteMember(orgId);
  const [sent, setSent] = useState<Invitation | null>(null);
  const forget = () => {
    setSent(null);
    invite.reset();
  };
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={forget} title={sent ? 'Invitation created' : 'Invite member'} size="lg" data-testid="invite-member-dialog">
      {sent ? (
        <InvitationSent invitation={sent} onDone={onClose} />
      ) : (
        <InviteForm
          pending={invite.isPending}
          error={invite.error}
          onCancel={onClose}
          onSubmit={(email, role) => invite.mutate({ email, role }, { onSuccess: setSent })}
        />
      )}
    </Modal>
  );
}

interface FormProps {
  pending: boolean;
  error: unknown;
  onSubmit(email: string, role: Role): void;
  onCancel(): void;
}

function InviteForm({ pending, error, onSubmit, onCancel }: FormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [emailError, setEmailError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = email.trim();
    if (!EMAIL_RE.test(trimmed)) return setEmailError('Enter an email address such as name@example.com');
    setEmailError(null);
    onSubmit(trimmed, role);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Email"
          type="email"
          required
          value={email}
          error={emailError}
          onChange={(e) => setEmail(e.currentTarget.value)}
          data-testid="invite-email-input"
          data-autofocus
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Role
          </Text>
          <SegmentedControl
            value={role}
            onChange={(v) => setRole(v === 'ADMIN' ? 'ADMIN' : 'MEMBER')}
            data={[
              { value: 'MEMBER', label: 'Member' },
              { value: 'ADMIN', label: 'Admin' },
            ]}
            data-testid="invite-role"
          />
        </Stack>
        <ApiErrorAlert error={error} title="Could not invite" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending} data-testid="invite-submit">
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function InvitationSent({ invitation, onDone }: { invitation: Invitation; onDone(): void }) {
  return (
    <Stack gap="sm" data-testid="invitation-sent">
      <Text size="sm">
        {invitation.email} is invited as {invitation.role === 'ADMIN' ? 'an admin' : 'a member'}. The link is valid until{' '}
        {formatDateTime(invitation.expiresAt)} and works once.
      </Text>
      {invitation.inviteUrl !== undefined ? (
        <>
          <Alert color="blue" variant="light">
            No mail server is configured, so no email was sent. Pass this link on yourself; it signs its holder in.
          </Alert>
          <CopyField label="Invitation link" value={invitation.inviteUrl} testId="invite-url" />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          An email with the link was sent.
        </Text>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone} data-testid="invitation-done">
          Done
        </Button>
      </Group>
    </Stack>
  );
}
