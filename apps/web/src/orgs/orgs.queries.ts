import type { MemberRepositoryAccess } from '@nullpath/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SESSION_KEY } from '../session/session.query';
import { useSession } from '../session/session.context';

const settingsKey = (orgId: string) => ['orgSettings', orgId] as const;

/** The session lists the organizations, so every change here refreshes it. */
function useRefreshSession() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: SESSION_KEY });
}

export function useCreateOrg() {
  const { client, selectOrg } = useSession();
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (name: string) => client.organizations.create({ name }),
    onSuccess: async ({ organization }) => {
      await refresh();
      selectOrg(organization.id);
    },
  });
}

export function useRenameOrg(orgId: string) {
  const { client } = useSession();
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (name: string) => client.organizations.update({ organizationId: orgId, name }),
    onSuccess: refresh,
  });
}

export function useDeleteOrg(orgId: string) {
  const { client } = useSession();
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (confirmName: string) => client.organizations.delete({ organizationId: orgId, confirmName }),
    onSuccess: refresh,
  });
}

export function useOrgSettings(orgId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: settingsKey(orgId),
    queryFn: ({ signal }) => client.organizations.getSettings({ organizationId: orgId }, { signal }),
  });
}

export function useUpdateOrgSettings(orgId: string) {
  const { client } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberRepositoryAccess: MemberRepositoryAccess) =>
      client.organizations.updateSettings({ organizationId: orgId, memberRepositoryAccess }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey(orgId), data),
  });
}
