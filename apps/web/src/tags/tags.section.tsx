import { ActionIcon, Badge, Button, ColorInput, ColorSwatch, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { isApiError, type Tag } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useCreateTag, useDeleteTag, useTags, useUpdateTag } from './tags.queries';

/** Create, rename, recolour and delete the organization's tags. */
export function TagsSection({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const tags = useTags(orgId);
  const create = useCreateTag(orgId);
  const remove = useDeleteTag(orgId);
  const [name, setName] = useState('');
  const [color, setColor] = useState('#40c057');
  const list = tags.data?.tags ?? [];
  const deleteError =
    isApiError(remove.error) && remove.error.status === 403
      ? new Error(`${remove.error.message} — remove the tag from the team's repository access first (Settings → Teams).`)
      : remove.error;

  return (
    <Paper withBorder p="md" data-testid="tags-section">
      <Stack gap="sm">
        <Title order={4}>Tags</Title>
        <Text size="sm" c="dimmed">
          Tags group repositories; a team can be granted access to every repository with a tag.
        </Text>
        {canManage && (
          <Group align="flex-end" gap="xs">
            <TextInput label="New tag" placeholder="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} w={220} data-testid="new-tag-name" />
            <ColorInput label="Colour" value={color} onChange={setColor} w={140} data-testid="new-tag-color" />
            <Button
              disabled={name.trim() === ''}
              loading={create.isPending}
              onClick={() => create.mutate({ name: name.trim(), color: color || null }, { onSuccess: () => setName('') })}
              data-testid="new-tag-create"
            >
              Create tag
            </Button>
          </Group>
        )}
        <ApiErrorAlert error={create.error} title="Could not create the tag" />
        <ApiErrorAlert error={tags.error} title="Could not load tags" />
        <ApiErrorAlert error={deleteError} title="Could not delete the tag" />
        {tags.data && list.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="tags-empty">
            No tags yet.
          </Text>
        )}
        {list.length > 0 && (
          <Table data-testid="tags-table">
            <Table.Tbody>
              {list.map((t) => (
                <TagRow key={t.id} orgId={orgId} tag={t} canManage={canManage} deleting={remove.isPending && remove.variables === t.id} onDelete={() => remove.mutate(t.id)} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function TagRow({ orgId, tag, canManage, deleting, onDelete }: { orgId: string; tag: Tag; canManage: boolean; deleting: boolean; onDelete(): void }) {
  const update = useUpdateTag(orgId);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(tag.name);
  return (
    <Table.Tr data-testid="tag-row" data-name={tag.name}>
      <Table.Td w={30}>
        <ColorSwatch color={tag.color ?? '#adb5bd'} size={16} />
      </Table.Td>
      <Table.Td>
        {editing ? (
          <Group gap="xs" wrap="nowrap">
            <TextInput size="xs" value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="tag-rename-input" />
            <Button
              size="xs"
              loading={update.isPending}
              onClick={() => update.mutate({ tagId: tag.id, name: name.trim() }, { onSuccess: () => setEditing(false) })}
              data-testid="tag-rename-save"
            >
              Save
            </Button>
            <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(false)} aria-label="Cancel">
              ×
            </ActionIcon>
          </Group>
        ) : (
          <Text size="sm" fw={500}>
            {tag.name}
          </Text>
        )}
        {update.error !== null && <ApiErrorAlert error={update.error} title="Could not rename the tag" />}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {tag.repositoryIds.length} repositor{tag.repositoryIds.length === 1 ? 'y' : 'ies'}
        </Text>
      </Table.Td>
      <Table.Td>{tag.usedByTeamGrants && <Badge size="sm" variant="light">used by a team grant</Badge>}</Table.Td>
      {canManage && (
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Button size="xs" variant="subtle" onClick={() => { setName(tag.name); setEditing(true); }} data-testid="tag-rename">
            Rename
          </Button>
          <Button size="xs" variant="subtle" color="red" loading={deleting} onClick={onDelete} data-testid="tag-delete">
            Delete
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
