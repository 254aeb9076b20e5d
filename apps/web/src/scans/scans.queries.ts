import type { ListScansBody, ScanList } from '@nullpath/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session.context';
import { isActiveScan } from './scan.labels';

export const scansKey = (orgId: string) => ['scans', orgId] as const;

// Live rows follow their stream; polling catches what streams do not: scans started elsewhere
// (schedules, CLI, CI) and rows beyond the stream cap.
const ACTIVE_POLL_MS = 5_000;
const hasActive = (data: ScanList | undefined) => data?.scans.some((s) => isActiveScan(s.status)) ?? false;

export function useScans(orgId: string, body: Omit<ListScansBody, 'organizationId'>) {
  const { client } = useSession();
  return useQuery({
    queryKey: [...scansKey(orgId), 'list', body],
    queryFn: ({ signal }) => client.scans.list({ ...body, organizationId: orgId }, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (hasActive(query.state.data) ? ACTIVE_POLL_MS : false),
  });
}

export function useScan(orgId: string, scanId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: [...scansKey(orgId), 'get', scanId],
    queryFn: ({ signal }) => client.scans.get({ organizationId: orgId, scanId }, { signal }),
  });
}

export function useStartScan(orgId: string) {
  const { client } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (repositoryId: string) => client.scans.start({ organizationId: orgId, repositoryId, type: 'FullScan' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: scansKey(orgId) }),
  });
}

export function useCancelScan(orgId: string) {
  const { client } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scanId: string) => client.scans.cancel({ organizationId: orgId, scanId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: scansKey(orgId) }),
  });
}
