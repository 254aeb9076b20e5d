import type { AddRepositoryBody } from '@nullpath/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session.context';

export const repositoriesKey = (orgId: string) => ['repositories', orgId] as const;

export interface RepositoryListParams {
  searchQuery: string;
  offset: number;
  limit: number;
}

export function useRepositories(orgId: string, params: RepositoryListParams) {
  const { client } = useSession();
  return useQuery({
    queryKey: [...repositoriesKey(orgId), 'list', params],
    queryFn: ({ signal }) =>
      client.repositories.list(
        { organizationId: orgId, offset: params.offset, limit: params.limit, ...(params.searchQuery !== '' ? { searchQuery: params.searchQuery } : {}) },
        { signal },
      ),
    // Typing in the search box keeps the last table on screen instead of flashing a loader.
    placeholderData: keepPreviousData,
  });
}

/** Every repository (up to the API's page maximum), for filter pickers. */
export function useRepositoryOptions(orgId: string) {
  const list = useRepositories(orgId, { searchQuery: '', offset: 0, limit: 100 });
  return (list.data?.repositories ?? []).map((r) => ({ value: r.id, label: r.partitionPath ? `${r.name} (${r.partitionPath})` : r.name }));
}

export function useRepository(orgId: string, repositoryId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: [...repositoriesKey(orgId), 'get', repositoryId],
    queryFn: ({ signal }) => client.repositories.get({ organizationId: orgId, repositoryId }, { signal }),
  });
}

export function useAddRepository(orgId: string) {
  const { client } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<AddRepositoryBody, 'organizationId'>) => client.repositories.addByUrl({ ...body, organizationId: orgId }),
    // The body may hold a password or token: keep nothing in the mutation cache once the dialog closes.
    gcTime: 0,
    onSettled: () => queryClient.invalidateQueries({ queryKey: repositoriesKey(orgId) }),
  });
}

export function useDeleteRepository(orgId: string) {
  const { client } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (repositoryId: string) => client.repositories.delete({ organizationId: orgId, repositoryId }),
    // Its scans, schedules and issues go with it.
    onSettled: () =>
      Promise.all(
        (['repositories', 'scans', 'schedules', 'issues'] as const).map((k) => queryClient.invalidateQueries({ queryKey: [k, orgId] })),
      ),
  });
}
