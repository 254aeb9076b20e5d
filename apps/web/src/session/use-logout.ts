import { useMutation, useQueryClient } from '@tanstack/react-query';
import { navigate } from '../router/router';
import { SESSION_KEY } from './session.query';
import { useSession } from './session.context';

/** Ends the server session, then drops every cached answer so nothing of this user stays on screen. */
export function useLogout() {
  const { client } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.auth.logout(),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, null);
      navigate('/login', { replace: true });
    },
  });
}
