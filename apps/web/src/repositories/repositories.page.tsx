import { Button, Group, Loader, Pagination, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Org, Repository } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useStartScan } from '../scans/scans.queries';
import { useOrg } from '../session/session.context';
import { NoOrganization } from '../shell/no-organization';
import { RepositoryTagsDialog } from '../tags/repository-tags.dialog';
import { TagsSection } from '../tags/tags.section';
import { useTags } from '../tags/tags.queries';
import { AddRepositoryDialog } from './add-repository.dialog';
import { DeleteRepositoryDialog } from './delete-repository.dialog';
import { RepositoriesTable } from './repositories.table';
import { useRepositories } from './repositories.queries';
import { ScanStartedNotice } from './scan-started.notice';

const PAGE_SIZE = 25;

export function RepositoriesPage() {
  const { org } = useOrg();
  if (!org) return <NoOrganization />;
  // Keyed by org: switching organizations closes any open dialog and its state.
  return <RepositoriesView key={org.id} org={org} />;
}

function RepositoriesView({ org }: { org: Org }) {
  const [search, setSearch] = useState('');
  const [searchQuery] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  const repositories = useRepositories(org.id, { searchQuery, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const startScan = useStartScan(org.id);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Repository | null>(null);
  const [editingTags, setEditingTags] = useState<Repository | null>(null);
  const [tagFilter, setTagFilter] = useState<string | null>(null);
  const tags = useTags(org.id);
  const tagsById = new Map((tags.data?.tags ?? []).map((t) => [t.id, t]));
  // repositories/list has no tag filter: the filter narrows the page shown.
  const shown = (repositories.data?.repositories ?? []).filter((r) => tagFilter === null || r.tagIds.includes(tagFilter));
  const total = repositories.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const scanTarget = repositories.data?.repositories.find((r) => r.id === startScan.variables)?.name ?? null;

  return (
    <Stack gap="md" data-testid="repos-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Repositories</Title>
          <Text size="sm" c="dimmed">
            Git repositories scanned in {org.name}. Monorepo partitions are listed as repositories of their own.
          </Text>
        </div>
        <Button onClick={() => setAdding(true)} data-testid="add-repo-button">
          Add repository
        </Button>
      </Group>
      <Group gap="sm" align="flex-end">
        <TextInput
          placeholder="Search by name or URL"
          aria-label="Search repositories"
          maw={360}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          data-testid="repo-search"
        />
        <Select
          placeholder="Filter by tag"
          aria-label="Filter by tag"
          clearable
          w={220}
          data={(tags.data?.tags ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={tagFilter}
          onChange={setTagFilter}
          data-testid="repo-tag-filter"
        />
      </Group>
      <ScanStartedNotice repositoryName={scanTarget} scan={startScan.data?.scan} error={startScan.error} onClose={() => startScan.reset()} />
      {repositories.isPending && <Loader size="sm" />}
      <ApiErrorAlert error={repositories.error} title="Could not load repositories" />
      {repositories.data &&
        (shown.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid="repos-empty">
            {tagFilter !== null ? 'No repository on this page carries this tag.' : searchQuery === '' ? 'No repositories yet. Add one by its git URL to start scanning.' : `No repository matches “${searchQuery}”.`}
          </Text>
        ) : (
          <>
            <RepositoriesTable
              repositories={shown}
              tagsById={tagsById}
              onEditTags={setEditingTags}
              scanningId={startScan.isPending ? (startScan.variables ?? null) : null}
              onScan={(r) => startScan.mutate(r.id)}
              onDelete={setDeleting}
            />
            {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} />}
          </>
        ))}
      <AddRepositoryDialog orgId={org.id} opened={adding} onClose={() => setAdding(false)} onAdded={() => startScan.reset()} />
      <TagsSection orgId={org.id} canManage={org.role === 'ADMIN'} />
      <RepositoryTagsDialog orgId={org.id} repository={editingTags} onClose={() => setEditingTags(null)} />
      <DeleteRepositoryDialog orgId={org.id} repository={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
