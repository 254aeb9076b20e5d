import type { ApiClient } from '@nullpath/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session.context';
import { issuesKey } from './issues.queries';

type Triage = ApiClient['triage'];
/** A triage call without organizationId (the hook adds it). */
type Action = { [K in keyof Triage]: { kind: K; body: Omit<Parameters<Triage[K]>[0], 'organizationId'> } }[keyof Triage];

/** One mutation for every triage action; lists, the issue and its history refetch afterwards. */
export function useTriage(orgId: string) {
  const { client } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: Action) => (client.triage[a.kind] as (b: unknown) => Promise<unknown>)({ ...a.body, organizationId: orgId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: issuesKey(orgId) }),
  });
}

export function useIssueHistory(orgId: string, issueId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: [...issuesKey(orgId), 'history', issueId],
    queryFn: ({ signal }) => client.triage.history({ organizationId: orgId, issueId }, { signal }),
  });
}
