import type { CreateScheduleBody, UpdateScheduleBody } from '@nullpath/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session.context';

export const schedulesKey = (orgId: string) => ['schedules', orgId] as const;

export function useSchedules(orgId: string, repositoryId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: [...schedulesKey(orgId), repositoryId],
    queryFn: ({ signal }) => client.schedules.list({ organizationId: orgId, repositoryId }, { signal }),
  });
}

function useInvalidateSchedules(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: schedulesKey(orgId) });
}

export function useCreateSchedule(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateSchedules(orgId);
  return useMutation({
    mutationFn: (body: Omit<CreateScheduleBody, 'organizationId'>) => client.schedules.create({ ...body, organizationId: orgId }),
    onSettled: invalidate,
  });
}

export function useUpdateSchedule(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateSchedules(orgId);
  return useMutation({
    mutationFn: (body: Omit<UpdateScheduleBody, 'organizationId'>) => client.schedules.update({ ...body, organizationId: orgId }),
    onSettled: invalidate,
  });
}

export function useDeleteSchedule(orgId: string) {
  const { client } = useSession();
  const invalidate = useInvalidateSchedules(orgId);
  return useMutation({
    mutationFn: (scheduleId: string) => client.schedules.delete({ organizationId: orgId, scheduleId }),
    onSettled: invalidate,
  });
}
