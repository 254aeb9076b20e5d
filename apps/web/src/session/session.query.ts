import { type Session, isApiError } from '@nullpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { publicClient } from './public-client';

export const SESSION_KEY = ['session'] as const;

/** The signed-in session, or null when signed out (401). Other failures stay errors. */
export function useSessionQuery() {
  return useQuery<Session | null>({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      try {
        return await publicClient.auth.session({ signal });
      } catch (err) {
        if (isApiError(err) && err.status === 401) return null;
        throw err;
      }
    },
    retry: false,
    staleTime: 60_000,
  });
}
