import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { CenteredCard } from '../display/centered-card';
import { navigate, safeNextPath } from '../router/router';
import { publicClient } from '../session/public-client';
import { SESSION_KEY } from '../session/session.query';

export const HOME_PATH = '/settings/api-tokens';

export function LoginPage({ next }: { next: string | null }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => publicClient.auth.login({ email: email.trim(), password }),
    onSuccess: (session) => {
      queryClient.setQueryData(SESSION_KEY, session);
      navigate(safeNextPath(next, HOME_PATH), { replace: true });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };

  return (
    <CenteredCard title="Sign in to Nullpath">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            data-testid="login-email"
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-testid="login-password"
          />
          <ApiErrorAlert error={login.error} title="Sign-in failed" />
          <Button type="submit" loading={login.isPending} disabled={email.trim() === '' || password === ''} data-testid="login-submit">
            Sign in
          </Button>
          <Text size="xs" c="dimmed">
            The first administrator's password is printed once when the server starts on an empty data directory.
          </Text>
        </Stack>
      </form>
    </CenteredCard>
  );
}
