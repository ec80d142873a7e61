import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { queryKeys } from '../bridge/query-keys';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A read that finds the vault locked (an idle lock racing a click) re-checks the status, which
      // brings up the unlock screen even if the lock event was missed.
      onError: (error) => {
        if (isBridgeCallError(error) && error.code === 'LOCKED') {
          void client.invalidateQueries({ queryKey: queryKeys.vaultStatus });
        }
      },
    }),
    defaultOptions: {
      // Calls go to a local process: a failure will not fix itself by retrying, and the window
      // regaining focus is no reason to reload.
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
