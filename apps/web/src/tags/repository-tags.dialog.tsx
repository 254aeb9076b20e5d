import { Button, ColorInput, Group, Modal, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import type { Repository } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useCreateTag, useSetRepositoryTags, useTags } from './tags.queries';

/** Edits one repository's tags (repositories/update tagIds); a new tag can be created inline. */
export function RepositoryTagsDialog({ orgId, repository, onClose }: { orgId: string; repository: Repository | null; onClose(): void }) {
  return (
    <Modal opened={repository !== null} onClose={onClose} title={repository ? `Tags of ${repository.name}` : 'Tags'} data-testid="repo-tags-dialog">
      {repository && <RepositoryTagsForm key={repository.id} orgId={orgId} repository={repository} onClose={onClose} />}
    </Modal>
  );
}

function RepositoryTagsForm({ orgId, repository, onClose }: { orgId: string; repository: Repository; onClose(): void }) {
  const tags = useTags(orgId);
  const save = useSetRepositoryTags(orgId);
  const create = useCreateTag(orgId);
  const [tagIds, setTagIds] = useState<string[]>(repository.tagIds);
  const [newName, setNewName] = useState('');
  const [newColor, setNewColor] = useState('#228be6');

  const addTag = () =>
    create.mutate(
      { name: newName.trim(), color: newColor || null },
      {
        onSuccess: ({ tag }) => {
          setTagIds((ids) => [...ids, tag.id]);
          setNewName('');
        },
      },
    );

  return (
    <Stack gap="sm">
      <MultiSelect
        label="Tags"
        placeholder={(tags.data?.tags.length ?? 0) === 0 ? 'No tags yet: create one below' : 'Pick tags'}
        data={(tags.data?.tags ?? []).map((t) => ({ value: t.id, label: t.name }))}
        value={tagIds}
        onChange={setTagIds}
        searchable
        data-testid="repo-tags-select"
      />
      <Text size="sm" fw={500}>
        New tag
      </Text>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput placeholder="Name" value={newName} onChange={(e) => setNewName(e.currentTarget.value)} style={{ flex: 1 }} data-testid="repo-new-tag-name" />
        <ColorInput value={newColor} onChange={setNewColor} w={130} aria-label="Colour" />
        <Button variant="default" disabled={newName.trim() === ''} loading={create.isPending} onClick={addTag} data-testid="repo-new-tag-create">
          Create
        </Button>
      </Group>
      <ApiErrorAlert error={create.error} title="Could not create the tag" />
      <ApiErrorAlert error={save.error} title="Could not save the tags" />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={save.isPending}>
          Cancel
        </Button>
        <Button loading={save.isPending} onClick={() => save.mutate({ repositoryId: repository.id, tagIds }, { onSuccess: onClose })} data-testid="repo-tags-save">
          Save tags
        </Button>
      </Group>
    </Stack>
  );
}
