import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';
import { invalidateBilling } from '../bridge/invalidate-billing';
import { queryKeys } from '../bridge/query-keys';

/** The client's diagnoses, read by the Diagnoses tab, the billing tab and (through them) the superbill. */
export function useDiagnoses(clientId: string) {
  return useQuery({
    queryKey: queryKeys.diagnoses(clientId),
    queryFn: () => call('diagnoses:list', { clientId }),
  });
}

// Diagnoses sit under the billing keys: a change refreshes the superbill's preview with them.
export function useAddDiagnosis() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'diagnoses:add'>) => call('diagnoses:add', input),
    onSuccess: () => invalidateBilling(queryClient),
  });
}

export function useUpdateDiagnosis() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'diagnoses:update'>) => call('diagnoses:update', input),
    onSuccess: () => invalidateBilling(queryClient),
  });
}
