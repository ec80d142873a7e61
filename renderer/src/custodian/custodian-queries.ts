import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';
import { queryKeys } from '../bridge/query-keys';

/** Pending until the new status is in, so the unlock screen does not flash before the custodian's. */
export function useUnlockAsCustodian() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'vault:unlockAsCustodian'>) => call('vault:unlockAsCustodian', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus }),
  });
}
