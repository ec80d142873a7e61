import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';
import { useBridgeEvent } from '../bridge/use-bridge-event';

/** How often the status is read again while a check runs: its end sends no event of its own. */
const WHILE_RUNNING_MS = 1000;

/** The last check since unlocking, the last sound one from the trail, a running one, and whether the vault is read-only. */
export function useIntegrityStatus() {
  return useQuery({
    queryKey: queryKeys.integrityStatus,
    queryFn: () => call('integrity:status', {}),
    refetchInterval: (query) => (query.state.data?.running ? WHILE_RUNNING_MS : false),
  });
}

/** "Check now": runs the whole check, or joins the one running. Progress arrives as 'integrity:progress'. */
export function useRunIntegrityCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('integrity:check', {}),
    // A check that found something makes the vault read-only: the frame's banner reads the status too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.integrity }),
  });
}

/**
 * Checks also start on their own (after unlocking, once a day): whatever shows the status (the
 * frame's read-only banner, Settings) reads it again as one moves, and then until it has ended.
 */
export function useIntegrityStaysCurrent(): void {
  const queryClient = useQueryClient();
  useBridgeEvent('integrity:progress', () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.integrity });
  });
}
