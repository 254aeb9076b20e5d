import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSession } from '../session/session.context';

export function useAuditLog(orgId: string, params: { action: string; offset: number; limit: number }) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['auditLog', orgId, params],
    queryFn: ({ signal }) =>
      client.auditLog.list(
        { organizationId: orgId, offset: params.offset, limit: params.limit, ...(params.action !== '' ? { action: params.action } : {}) },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
