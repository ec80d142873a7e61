import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';

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
