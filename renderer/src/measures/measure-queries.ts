import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';
import { queryKeys } from '../bridge/query-keys';

export function useClientMeasures(clientId: string) {
  return useQuery({
    queryKey: queryKeys.clientMeasures(clientId),
    queryFn: () => call('measures:forClient', { clientId }),
  });
}

export function useMeasuresDue() {
  return useQuery({ queryKey: queryKeys.measuresDue, queryFn: () => call('measures:due', {}) });
}

/** Risk flags clear when a risk review is recorded, so they are read again after any risk write too. */
export function useMeasureRiskFlags() {
  return useQuery({ queryKey: queryKeys.measureRiskFlags, queryFn: () => call('measures:riskFlags', {}) });
}

function useMeasureWrite<I, O>(write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.measures }),
  });
}

export function useRecordMeasure() {
  return useMeasureWrite((input: ChannelInput<'measures:record'>) => call('measures:record', input));
}

export function useScheduleMeasure() {
  return useMeasureWrite((input: ChannelInput<'measures:schedule'>) => call('measures:schedule', input));
}
