import type { SearchIssuesBody } from '@nullpath/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSession } from '../session/session.context';

export const issuesKey = (orgId: string) => ['issues', orgId] as const;

export function useIssues(orgId: string, body: Omit<SearchIssuesBody, 'organizationId'>) {
  const { client } = useSession();
  return useQuery({
    queryKey: [...issuesKey(orgId), 'search', body],
    queryFn: ({ signal }) => client.issues.search({ ...body, organizationId: orgId }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useIssue(orgId: string, issueId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: [...issuesKey(orgId), 'get', issueId],
    queryFn: ({ signal }) => client.issues.get({ organizationId: orgId, issueId }, { signal }),
  });
}
