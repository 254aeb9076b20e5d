import { Button, Group, PasswordInput, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import {
  type AddRepositoryFormErrors,
  type AddRepositoryFormValues,
  type AddRepositoryValidation,
  EMPTY_ADD_REPOSITORY,
  validateAddRepository,
} from './add-repository.validation';
import { PartitionsInput } from './partitions.input';

type ValidBody = Extract<AddRepositoryValidation, { ok: true }>['body'];

interface Props {
  pending: boolean;
  error: unknown;
  onSubmit(body: ValidBody): void;
  onCancel(): void;
}

export function AddRepositoryForm({ pending, error, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<AddRepositoryFormValues>(EMPTY_ADD_REPOSITORY);
  const [errors, setErrors] = useState<AddRepositoryFormErrors>({});
  const [submitted, setSubmitted] = useState(false);

  // After the first submit attempt, errors follow every change.
  const update = (patch: Partial<AddRepositoryFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (submitted) {
      const v = validateAddRepository(next);
      setErrors(v.ok ? {} : v.errors);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const v = validateAddRepository(values);
    if (!v.ok) return setErrors(v.errors);
    setErrors({});
    onSubmit(v.body);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Repository URL"
          description="https, ssh, git or file URL; the default branch is detected when left empty"
          placeholder="https://github.com/acme/shop.git"
          required
          value={values.url}
          error={errors.url}
          onChange={(e) => update({ url: e.currentTarget.value })}
          data-testid="repo-url-input"
          data-autofocus
        />
        <Group grow align="flex-start">
          <TextInput
            label="Name"
            description="Optional; defaults to the URL's last segment"
            value={values.name}
            error={errors.name}
            onChange={(e) => update({ name: e.currentTarget.value })}
            data-testid="repo-name-input"
          />
          <TextInput
            label="Default branch"
            description="Optional"
            placeholder="main"
            value={values.defaultBranch}
            error={errors.defaultBranch}
            onChange={(e) => update({ defaultBranch: e.currentTarget.value })}
            data-testid="repo-branch-input"
          />
        </Group>
        <TagsInput
          label="Tags"
          description="Optional; press Enter after each tag"
          value={values.tags}
          error={errors.tags}
          onChange={(tags) => update({ tags })}
          data-testid="repo-tags-input"
        />
        <Switch
          label="Private repository: send credentials"
          checked={values.useCredentials}
          onChange={(e) => update({ useCredentials: e.currentTarget.checked })}
          data-testid="repo-credentials-toggle"
        />
        {values.useCredentials && (
          <Group grow align="flex-start">
            <TextInput
              label="Username"
              description="Optional for token-only hosts"
              autoComplete="off"
              value={values.username}
              error={errors.username}
              onChange={(e) => update({ username: e.currentTarget.value })}
              data-testid="repo-username-input"
            />
            <PasswordInput
              label="Password or access token"
              description="Stored encrypted, never shown again"
              autoComplete="new-password"
              required
              value={values.password}
              error={errors.password}
              onChange={(e) => update({ password: e.currentTarget.value })}
              data-testid="repo-password-input"
            />
          </Group>
        )}
        <PartitionsInput rows={values.partitions} errors={errors.partitions} onChange={(partitions) => update({ partitions })} />
        <ApiErrorAlert error={error} title="Could not add the repository" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending} data-testid="add-repo-submit">
            Add repository
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
