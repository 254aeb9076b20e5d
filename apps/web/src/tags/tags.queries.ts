import type { CreateTagBody, UpdateTagBody } from '@nullpath/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { repositoriesKey } from '../repositories/repositories.queries';
import { useSession } from '../session/session.context';

export const tagsKey = (orgId: string) => ['tags', orgId] as const;

/** Every tag of the organization (up to the API's page maximum). */
export function useTags(orgId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: tagsKey(orgId),
    queryFn: ({ signal }) => client.tags.list({ organizationId: orgId, limit: 100 }, { signal }),
  });
}

function useInvalidateTags(orgId: string) {
  const queryClient = useQueryClient();
  // Repository objects carry their tag names, so a rename or delete changes them too.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tagsKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: repositoriesKey(orgId) }),
    ]);
}

export function useCreateTag(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateTags(orgId);
  return useMutation({
    mutationFn: (body: Omit<CreateTagBody, 'organizationId'>) => client.tags.create({ ...body, organizationId: orgId }),
    onSettled: invalidate,
  });
}

export function useUpdateTag(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateTags(orgId);
  return useMutation({
    mutationFn: (body: Omit<UpdateTagBody, 'organizationId'>) => client.tags.update({ ...body, organizationId: orgId }),
    onSettled: invalidate,
  });
}

export function useDeleteTag(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateTags(orgId);
  return useMutation({
    mutationFn: (tagId: string) => client.tags.delete({ organizationId: orgId, tagId }),
    onSettled: invalidate,
  });
}

export function useSetRepositoryTags(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateTags(orgId);
  return useMutation({
    mutationFn: ({ repositoryId, tagIds }: { repositoryId: string; tagIds: string[] }) =>
      client.repositories.update({ organizationId: orgId, repositoryId, tagIds }),
    onSettled: invalidate,
  });
}
