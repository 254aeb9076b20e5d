import type { InviteMemberBody, RemoveMemberBody, Role } from '@nullpath/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SESSION_KEY } from '../session/session.query';
import { useSession } from '../session/session.context';

export const membersKey = (orgId: string) => ['members', orgId] as const;

export function useMembers(orgId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: membersKey(orgId),
    queryFn: ({ signal }) => client.members.list({ organizationId: orgId }, { signal }),
  });
}

function useInvalidateMembers(orgId: string) {
  const queryClient = useQueryClient();
  // The session lists the caller's own role per organization, which a role change may have altered.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
    ]);
}

export function useInviteMember(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateMembers(orgId);
  return useMutation({
    mutationFn: (body: Omit<InviteMemberBody, 'organizationId'>) => client.members.invite({ ...body, organizationId: orgId }),
    onSettled: invalidate,
  });
}

export function useUpdateMemberRole(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateMembers(orgId);
  return useMutation({
    mutationFn: (input: { userId: string; role: Role }) => client.members.updateRole({ ...input, organizationId: orgId }),
    onSettled: invalidate,
  });
}

export function useRemoveMember(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateMembers(orgId);
  return useMutation({
    mutationFn: (target: Omit<RemoveMemberBody, 'organizationId'>) => client.members.remove({ ...target, organizationId: orgId }),
    onSettled: invalidate,
  });
}
