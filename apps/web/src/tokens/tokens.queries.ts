import type { CreateTokenBody } from '@nullpath/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session.context';

export const tokensKey = (orgId: string) => ['apiTokens', orgId] as const;

export function useTokens(orgId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: tokensKey(orgId),
    queryFn: ({ signal }) => client.apiTokens.list({ organizationId: orgId }, { signal }),
  });
}

export function useCreateToken(orgId: string) {
  const { client } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<CreateTokenBody, 'organizationId'>) => client.apiTokens.create({ ...body, organizationId: orgId }),
    // The answer holds the one-time secret: do not keep it in the mutation cache after the dialog closes.
    gcTime: 0,
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey(orgId) }),
  });
}

export function useDeleteToken(orgId: string) {
  const { client } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => client.apiTokens.delete({ organizationId: orgId, tokenId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey(orgId) }),
  });
}
