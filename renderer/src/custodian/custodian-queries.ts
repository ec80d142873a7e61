import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';
import { queryKeys } from '../bridge/query-keys';

const CUSTODIAN_KEY = ['custodian'] as const;

export function useCustodian() {
  return useQuery({ queryKey: CUSTODIAN_KEY, queryFn: () => call('custodian:get', {}) });
}

export function useUpdateCustodian() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'custodian:update'>) => call('custodian:update', input),
    onSuccess: (custodian) => queryClient.setQueryData(CUSTODIAN_KEY, custodian),
  });
}

export function usePrintCustodianPackage() {
  return useMutation({
    mutationFn: (input: ChannelInput<'custodian:printPackage'>) => call('custodian:printPackage', input),
  });
}

/** Pending until the new status is in, so the unlock screen does not flash before the custodian's. */
export function useUnlockAsCustodian() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'vault:unlockAsCustodian'>) => call('vault:unlockAsCustodian', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus }),
  });
}
