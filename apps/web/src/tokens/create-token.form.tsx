import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import {
  type CreateTokenFormErrors,
  type CreateTokenValidation,
  TOKEN_DAYS_DEFAULT,
  TOKEN_DAYS_MAX,
  TOKEN_DAYS_MIN,
  TOKEN_NAME_MAX,
  validateCreateToken,
} from './create-token.validation';

type ValidBody = Extract<CreateTokenValidation, { ok: true }>['body'];

interface Props {
  pending: boolean;
  error: unknown;
  onSubmit(body: ValidBody): void;
  onCancel(): void;
}

export function CreateTokenForm({ pending, error, onSubmit, onCancel }: Props) {
  const [name, setName] = useState('');
  const [expirationDays, setExpirationDays] = useState<number | string>(TOKEN_DAYS_DEFAULT);
  const [errors, setErrors] = useState<CreateTokenFormErrors>({});
  const [submitted, setSubmitted] = useState(false);

  // After the first submit attempt, errors follow every keystroke.
  const revalidate = (next: { name: string; expirationDays: number | string }) => {
    if (!submitted) return;
    const v = validateCreateToken(next);
    setErrors(v.ok ? {} : v.errors);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const v = validateCreateToken({ name, expirationDays });
    if (!v.ok) return setErrors(v.errors);
    setErrors({});
    onSubmit(v.body);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Name"
          description={`Optional, up to ${TOKEN_NAME_MAX} characters`}
          placeholder="e.g. CI pipeline"
          value={name}
          error={errors.name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            revalidate({ name: e.currentTarget.value, expirationDays });
          }}
          data-testid="token-name-input"
          data-autofocus
        />
        <NumberInput
          label="Expires after (days)"
          description={`${TOKEN_DAYS_MIN}–${TOKEN_DAYS_MAX} days`}
          value={expirationDays}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          error={errors.expirationDays}
          onChange={(value) => {
            setExpirationDays(value);
            revalidate({ name, expirationDays: value });
          }}
          data-testid="token-expiration-input"
        />
        <ApiErrorAlert error={error} title="Could not create the token" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending} data-testid="create-token-submit">
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
