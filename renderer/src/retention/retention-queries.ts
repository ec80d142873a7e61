import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';
import { queryKeys } from '../bridge/query-keys';

export function useRetentionRule() {
  return useQuery({ queryKey: queryKeys.retentionRule, queryFn: () => call('retention:rule', {}) });
}

export function useClientRetention(clientId: string) {
  return useQuery({
    queryKey: queryKeys.clientRetention(clientId),
    queryFn: () => call('retention:forClient', { clientId }),
  });
}

export function usePastRetention() {
  return useQuery({ queryKey: queryKeys.pastRetention, queryFn: () => call('retention:past', {}) });
}

export function useDestructions() {
  return useQuery({ queryKey: queryKeys.destructions, queryFn: () => call('retention:destructions', {}) });
}

export function useDestructionPreview(clientId: string) {
  return useQuery({
    queryKey: [...queryKeys.retention, 'preview', clientId],
    queryFn: () => call('retention:preview', { clientId }),
  });
}

export function useSetRetentionRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'retention:setRule'>) => call('retention:setRule', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.retention });
      void queryClient.invalidateQueries({ queryKey: queryKeys.clients });
    },
  });
}

export function useDestroyRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'retention:destroy'>) => call('retention:destroy', input),
    // The record is gone from every list; whatever showed it reads again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
