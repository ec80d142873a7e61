import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { SafetyPlan } from '../../../shared/safety-plan/safety-plan-schema';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

export function useSafetyPlan(clientId: string) {
  return useQuery({
    queryKey: queryKeys.safetyPlan(clientId),
    queryFn: () => call('safetyPlan:get', { clientId }),
  });
}

/** Every safety plan write answers with every version, so the cache takes it as it is. */
function usePlanWrite<I>(clientId: string, write: (input: I) => Promise<SafetyPlan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (plan) => queryClient.setQueryData(queryKeys.safetyPlan(clientId), plan),
  });
}

export function useSaveSafetyPlan(clientId: string) {
  return usePlanWrite(clientId, (input: ChannelInput<'safetyPlan:save'>) => call('safetyPlan:save', input));
}

export function useAgreeSafetyPlan(clientId: string) {
  return usePlanWrite(clientId, (input: ChannelInput<'safetyPlan:agree'>) => call('safetyPlan:agree', input));
}

/** The save dialog, then the PDF; pending for as long as both take. */
export function usePrintSafetyPlan() {
  return useMutation({
    mutationFn: (request: ChannelInput<'safetyPlan:print'>) => call('safetyPlan:print', request),
  });
}
