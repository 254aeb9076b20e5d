import { Anchor, Button, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { Org } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { Link } from '../router/link';
import { useSession } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { TeamMembersSection } from './team-members.section';
import { TeamPermissionsEditor } from './team-permissions.editor';
import { useApplyTemplate, usePermissionTemplates, useTeam } from './teams.queries';

export function TeamDetailPage({ teamId }: { teamId: string }) {
  const { org } = useSession();
  if (!org) return <NoOrganization />;
  return <TeamDetailView key={`${org.id}:${teamId}`} org={org} teamId={teamId} />;
}

function TeamDetailView({ org, teamId }: { org: Org; teamId: string }) {
  const team = useTeam(org.id, teamId);
  const canManage = org.role === 'ADMIN';
  return (
    <Stack gap="lg" data-testid="team-detail-page">
      <Anchor component={Link} href="/settings/teams" size="sm">
        ← Teams
      </Anchor>
      {team.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={team.error} title="Could not load the team" />
      {team.data && (
        <>
          <div>
            <Title order={2} data-testid="team-name">
              {team.data.team.name}
            </Title>
            {team.data.team.description && (
              <Text size="sm" c="dimmed">
                {team.data.team.description}
              </Text>
            )}
          </div>
          <TeamMembersSection orgId={org.id} team={team.data.team} canManage={canManage} />
          {canManage && <ApplyTemplate orgId={org.id} teamId={teamId} />}
          <TeamPermissionsEditor orgId={org.id} teamId={teamId} grants={team.data.team.permissions} canManage={canManage} />
        </>
      )}
    </Stack>
  );
}

function ApplyTemplate({ orgId, teamId }: { orgId: string; teamId: string }) {
  const templates = usePermissionTemplates(orgId);
  const apply = useApplyTemplate(orgId);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const list = templates.data?.templates ?? [];
  return (
    <Paper withBorder p="md" data-testid="apply-template-section">
      <Group align="flex-end" gap="sm">
        <Select
          label="Apply a permission template"
          description="Replaces this team's permissions with the template's"
          placeholder={list.length === 0 ? 'No permission templates in this organization' : 'Pick a template'}
          data={list.map((t) => ({ value: t.id, label: t.isDefault ? `${t.name} (default)` : t.name }))}
          value={templateId}
          onChange={setTemplateId}
          disabled={list.length === 0}
          w={360}
          data-testid="apply-template-select"
        />
        <Button
          variant="default"
          disabled={templateId === null}
          loading={apply.isPending}
          onClick={() => templateId !== null && apply.mutate({ templateId, teamIds: [teamId] }, { onSuccess: () => setTemplateId(null) })}
          data-testid="apply-template-button"
        >
          Apply template
        </Button>
      </Group>
      <ApiErrorAlert error={apply.error ?? templates.error} title="Could not apply the template" />
    </Paper>
  );
}
