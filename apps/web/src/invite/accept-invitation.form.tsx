import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

// The server's password policy (services auth/passwords: MIN_PASSWORD_LENGTH); it checks again.
const MIN_PASSWORD_LENGTH = 8;

interface Props {
  pending: boolean;
  onSubmit(input: { password: string; name?: string }): void;
}

/** For an invited email with no account yet: the account is created on accept. */
export function NewAccountForm({ pending, onSubmit }: Props) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: { password?: string; confirm?: string } = {};
    if (password.length < MIN_PASSWORD_LENGTH) next.password = `Use at least ${MIN_PASSWORD_LENGTH} characters`;
    else if (confirm !== password) next.confirm = 'The passwords do not match';
    setErrors(next);
    if (next.password !== undefined || next.confirm !== undefined) return;
    onSubmit({ password, ...(name.trim() !== '' ? { name: name.trim() } : {}) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Your name"
          description="Optional"
          autoComplete="name"
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="invite-name-input"
        />
        <PasswordInput
          label="Choose a password"
          autoComplete="new-password"
          required
          maxLength={200}
          value={password}
          error={errors.password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          data-testid="invite-password-input"
        />
        <PasswordInput
          label="Repeat the password"
          autoComplete="new-password"
          required
          maxLength={200}
          value={confirm}
          error={errors.confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          data-testid="invite-password-confirm-input"
        />
        <Button type="submit" loading={pending} data-testid="accept-invitation">
          Create account and join
        </Button>
      </Stack>
    </form>
  );
}
