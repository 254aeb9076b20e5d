import { Button, Checkbox, Group, Loader, MultiSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Grants, PermissionInfo } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useRepositoryOptions } from '../repositories/repositories.queries';
import { useTags } from '../tags/tags.queries';
import { type AccessChoice, draftFromGrants, grantsFromDraft, impliedBy, togglePermission } from './team-permissions.draft';
import { usePermissionCatalogue, useUpdateTeamPermissions } from './teams.queries';

interface Props {
  orgId: string;
  teamId: string;
  grants: Grants;
  canManage: boolean;
}

/** Organization permissions, repository access (all / selected / by tag) and repository permissions of one team. */
export function TeamPermissionsEditor({ orgId, teamId, grants, canManage }: Props) {
  const catalogue = usePermissionCatalogue(orgId);
  const save = useUpdateTeamPermissions(orgId, teamId);
  const repoOptions = useRepositoryOptions(orgId);
  const tags = useTags(orgId);
  const [draft, setDraft] = useState(() => draftFromGrants(grants));
  // A saved or template-applied grant replaces the draft.
  const [base, setBase] = useState(grants);
  if (grants !== base) {
    setBase(grants);
    setDraft(draftFromGrants(grants));
  }
  const [saved, setSaved] = useState(false);

  if (catalogue.isPending) return <Loader size="sm" />;
  if (catalogue.isError) return <ApiErrorAlert error={catalogue.error} title="Could not load the permission catalogue" />;
  const all = catalogue.data.permissions;
  const orgPerms = all.filter((p) => p.level === 'organization');
  const repoPerms = all.filter((p) => p.level === 'repository');
  const disabled = !canManage || save.isPending;

  return (
    <Stack gap="md" data-testid="team-permissions-editor">
      <Title order={4}>Permissions</Title>
      <Paper withBorder p="md">
        <Text fw={600} mb="xs">
          Organization permissions
        </Text>
        <PermissionChecks
          perms={orgPerms}
          catalogue={all}
          checked={draft.organizationPermissions}
          disabled={disabled}
          onChange={(organizationPermissions) => setDraft({ ...draft, organizationPermissions })}
          testId="org-permission"
        />
      </Paper>
      <Paper withBorder p="md">
        <Text fw={600} mb="xs">
          Repository access
        </Text>
        <SegmentedControl
          value={draft.choice}
          onChange={(v) => setDraft({ ...draft, choice: v as AccessChoice })}
          disabled={disabled}
          data={[
            { value: 'universal', label: 'All repositories' },
            { value: 'repositories', label: 'Selected repositories' },
            { value: 'tags', label: 'By tag' },
          ]}
          data-testid="repo-access-mode"
        />
        <Text size="sm" c="dimmed" mt="xs">
          {draft.choice === 'universal' && 'Every repository of the organization, including ones added later.'}
          {draft.choice === 'repositories' && 'Only the repositories picked here.'}
          {draft.choice === 'tags' && 'Every repository carrying one of these tags, now or when it is tagged later.'}
        </Text>
        {draft.choice === 'repositories' && (
          <MultiSelect
            mt="sm"
            label="Repositories"
            placeholder={repoOptions.length === 0 ? 'No repositories yet' : 'Pick repositories'}
            data={repoOptions}
            value={draft.repositoryIds}
            onChange={(repositoryIds) => setDraft({ ...draft, repositoryIds })}
            searchable
            disabled={disabled}
            data-testid="repo-access-repositories"
          />
        )}
        {draft.choice === 'tags' && (
          <MultiSelect
            mt="sm"
            label="Tags"
            placeholder={(tags.data?.tags.length ?? 0) === 0 ? 'No tags yet: create them on the Repositories page' : 'Pick tags'}
            data={(tags.data?.tags ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={draft.tagIds}
            onChange={(tagIds) => setDraft({ ...draft, tagIds })}
            searchable
            disabled={disabled}
            data-testid="repo-access-tags"
          />
        )}
        <Text fw={600} mt="md" mb="xs">
          Permissions on these repositories
        </Text>
        <PermissionChecks
          perms={repoPerms}
          catalogue={all}
          checked={draft.repositoryPermissions}
          disabled={disabled}
          onChange={(repositoryPermissions) => setDraft({ ...draft, repositoryPermissions })}
          testId="repo-permission"
        />
      </Paper>
      <ApiErrorAlert error={save.error} title="Could not save the permissions" />
      {canManage && (
        <Group gap="sm">
          <Button
            loading={save.isPending}
            onClick={() => {
              setSaved(false);
              save.mutate(grantsFromDraft(draft), { onSuccess: () => setSaved(true) });
            }}
            data-testid="save-team-permissions"
          >
            Save permissions
          </Button>
          {saved && (
            <Text size="sm" c="teal" data-testid="team-permissions-saved">
              Saved
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

interface ChecksProps {
  perms: PermissionInfo[];
  catalogue: PermissionInfo[];
  checked: string[];
  disabled: boolean;
  onChange(next: string[]): void;
  testId: string;
}

function PermissionChecks({ perms, catalogue, checked, disabled, onChange, testId }: ChecksProps) {
  const implied = impliedBy(checked, catalogue);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
      {perms.map((p) => (
        <Checkbox
          key={p.name}
          label={p.name}
          description={implied.has(p.name) ? `${p.description} (included by a checked permission)` : p.description}
          checked={checked.includes(p.name) || implied.has(p.name)}
          disabled={disabled || implied.has(p.name)}
          onChange={(e) => onChange(togglePermission(checked, p.name, e.currentTarget.checked, catalogue))}
          data-testid={`${testId}-${p.name}`}
        />
      ))}
    </SimpleGrid>
  );
}
