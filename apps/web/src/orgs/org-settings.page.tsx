import { Button, Group, Loader, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import type { MemberRepositoryAccess, Org } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { navigate } from '../router/router';
import { useSession } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { useDeleteOrg, useOrgSettings, useRenameOrg, useUpdateOrgSettings } from './orgs.queries';

export function OrgSettingsPage() {
  const { org } = useSession();
  if (!org) return <NoOrganization />;
  return <OrgSettingsView key={org.id} org={org} />;
}

function OrgSettingsView({ org }: { org: Org }) {
  const canManage = org.role === 'ADMIN';
  return (
    <Stack gap="lg" maw={760} data-testid="org-settings-page">
      <div>
        <Title order={2}>Organization settings</Title>
        <Text size="sm" c="dimmed">
          {canManage ? `Settings of ${org.name}.` : `Settings of ${org.name}. Only admins can change them.`}
        </Text>
      </div>
      <RenameSection org={org} canManage={canManage} />
      <RepositoryAccessSection org={org} canManage={canManage} />
      {canManage && <DangerZone org={org} />}
    </Stack>
  );
}

function RenameSection({ org, canManage }: { org: Org; canManage: boolean }) {
  const rename = useRenameOrg(org.id);
  const [name, setName] = useState(org.name);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Name</Title>
        <Group align="flex-end" gap="sm">
          <TextInput value={name} onChange={(e) => setName(e.currentTarget.value)} disabled={!canManage} w={320} aria-label="Organization name" data-testid="org-rename-input" />
          {canManage && (
            <Button disabled={name.trim() === '' || name.trim() === org.name} loading={rename.isPending} onClick={() => rename.mutate(name.trim())} data-testid="org-rename-save">
              Rename
            </Button>
          )}
        </Group>
        <ApiErrorAlert error={rename.error} title="Could not rename the organization" />
      </Stack>
    </Paper>
  );
}

function RepositoryAccessSection({ org, canManage }: { org: Org; canManage: boolean }) {
  const settings = useOrgSettings(org.id);
  const update = useUpdateOrgSettings(org.id);
  const value = update.isPending ? update.variables : settings.data?.settings.memberRepositoryAccess;
  return (
    <Paper withBorder p="md" data-testid="member-repo-access">
      <Stack gap="sm">
        <Title order={4}>Member repository access</Title>
        <Text size="sm" c="dimmed">
          Which repositories a member (not an admin) sees. Admins always see every repository.
        </Text>
        {settings.isPending && <Loader size="sm" />}
        <ApiErrorAlert error={settings.error} title="Could not load the settings" />
        {settings.data && (
          <Radio.Group value={value ?? null} onChange={(v) => update.mutate(v as MemberRepositoryAccess)}>
            <Stack gap="sm">
              <Radio
                value="ALL"
                disabled={!canManage || update.isPending}
                label="All repositories"
                description="Every member sees every repository of the organization; teams add permissions on top."
                data-testid="member-access-all"
              />
              <Radio
                value="TEAMS_ONLY"
                disabled={!canManage || update.isPending}
                label="Only through teams"
                description="A member sees a repository only when one of their teams is granted access to it (all, selected or by tag)."
                data-testid="member-access-teams-only"
              />
            </Stack>
          </Radio.Group>
        )}
        <ApiErrorAlert error={update.error} title="Could not change the setting" />
      </Stack>
    </Paper>
  );
}

function DangerZone({ org }: { org: Org }) {
  const remove = useDeleteOrg(org.id);
  const [typed, setTyped] = useState('');
  return (
    <Paper withBorder p="md" style={{ borderColor: 'var(--mantine-color-red-6)' }} data-testid="org-danger-zone">
      <Stack gap="sm">
        <Title order={4} c="red">
          Danger zone
        </Title>
        <Text size="sm">
          Deleting {org.name} removes its repositories, scans, issues, teams, tags and API tokens for everyone. This cannot be undone.
        </Text>
        <TextInput
          label={`Type “${org.name}” to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={320}
          data-testid="org-delete-confirm-input"
        />
        <Group>
          <Button
            color="red"
            disabled={typed !== org.name}
            loading={remove.isPending}
            onClick={() => remove.mutate(typed, { onSuccess: () => navigate('/repositories') })}
            data-testid="org-delete-button"
          >
            Delete organization
          </Button>
        </Group>
        <ApiErrorAlert error={remove.error} title="Could not delete the organization" />
      </Stack>
    </Paper>
  );
}
