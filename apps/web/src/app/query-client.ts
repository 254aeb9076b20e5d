import { isApiError } from '@nullpath/api-client';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { SESSION_KEY } from '../session/session.query';

/**
 * A 401 from any authenticated call means the session ended (expired, signed out elsewhere):
 * mark the user signed out so the app returns to the login page.
 */
export function createQueryClient(): QueryClient {
  let client: QueryClient;
  const onAuthError = (err: unknown) => {
    if (isApiError(err) && err.status === 401 && client.getQueryData(SESSION_KEY)) client.setQueryData(SESSION_KEY, null);
  };
  client = new QueryClient({
    queryCache: new QueryCache({ onError: onAuthError }),
    mutationCache: new MutationCache({ onError: onAuthError }),
    defaultOptions: {
      queries: {
        retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 2,
        refetchOnWindowFocus: true,
      },
    },
  });
  return client;
}
