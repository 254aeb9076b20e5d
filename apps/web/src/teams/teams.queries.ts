import type { ApplyPermissionTemplateBody, CreateTeamBody, UpdateTeamPermissionsBody } from '@nullpath/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session.context';

export const teamsKey = (orgId: string) => ['teams', orgId] as const;
export const teamKey = (orgId: string, teamId: string) => ['teams', orgId, 'detail', teamId] as const;

export function useTeams(orgId: string, searchQuery: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: [...teamsKey(orgId), 'list', searchQuery],
    queryFn: ({ signal }) =>
      client.teams.list({ organizationId: orgId, limit: 100, ...(searchQuery ? { searchQuery } : {}) }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTeam(orgId: string, teamId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: teamKey(orgId, teamId),
    queryFn: ({ signal }) => client.teams.get({ organizationId: orgId, teamId }, { signal }),
  });
}

function useInvalidateTeams(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: teamsKey(orgId) });
}

export function useCreateTeam(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateTeams(orgId);
  return useMutation({
    mutationFn: (body: Omit<CreateTeamBody, 'organizationId'>) => client.teams.create({ ...body, organizationId: orgId }),
    onSettled: invalidate,
  });
}

export function useDeleteTeam(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateTeams(orgId);
  return useMutation({
    mutationFn: (teamId: string) => client.teams.delete({ organizationId: orgId, teamId }),
    onSettled: invalidate,
  });
}

export function useTeamMembersChange(orgId: string, teamId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateTeams(orgId);
  return useMutation({
    mutationFn: ({ add, userIds }: { add: boolean; userIds: string[] }) =>
      add
        ? client.teams.addMembers({ organizationId: orgId, teamId, userIds })
        : client.teams.removeMembers({ organizationId: orgId, teamId, userIds }),
    onSettled: invalidate,
  });
}

export function useUpdateTeamPermissions(orgId: string, teamId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateTeams(orgId);
  return useMutation({
    mutationFn: (body: Omit<UpdateTeamPermissionsBody, 'organizationId' | 'teamId'>) =>
      client.teams.updatePermissions({ ...body, organizationId: orgId, teamId }),
    onSettled: invalidate,
  });
}

export function usePermissionCatalogue(orgId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['permissions', orgId],
    queryFn: ({ signal }) => client.permissions.list({ organizationId: orgId }, { signal }),
    staleTime: Infinity,
  });
}

export function usePermissionTemplates(orgId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['permissionTemplates', orgId],
    queryFn: ({ signal }) => client.permissionTemplates.list({ organizationId: orgId }, { signal }),
  });
}

export function useApplyTemplate(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateTeams(orgId);
  return useMutation({
    mutationFn: (body: Omit<ApplyPermissionTemplateBody, 'organizationId'>) =>
      client.permissionTemplates.apply({ ...body, organizationId: orgId }),
    onSettled: invalidate,
  });
}
