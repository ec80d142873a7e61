import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

export function useRiskHistory(clientId: string) {
  return useQuery({
    queryKey: queryKeys.riskHistory(clientId),
    queryFn: () => call('risk:history', { clientId }),
  });
}

export function useNoteRiskReviews(noteId: string) {
  return useQuery({
    queryKey: queryKeys.noteRiskReviews(noteId),
    queryFn: () => call('risk:forNote', { noteId }),
  });
}

export function useRiskDue() {
  return useQuery({ queryKey: queryKeys.riskDue, queryFn: () => call('risk:due', {}) });
}

export function useRiskIntervals() {
  return useQuery({ queryKey: queryKeys.riskIntervals, queryFn: () => call('risk:intervals', {}) });
}

/**
 * A review changes the client's history, the note's list and what Home shows as due: all are read
 * again, and so are the measures, whose item-9 flags a review clears.
 */
function useRiskWrite<I, O>(write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.risk }),
        queryClient.invalidateQueries({ queryKey: queryKeys.measures }),
      ]),
  });
}

export function useRecordRisk() {
  return useRiskWrite((input: ChannelInput<'risk:record'>) => call('risk:record', input));
}

export function useUpdateRisk() {
  return useRiskWrite((input: ChannelInput<'risk:update'>) => call('risk:update', input));
}

export function useSetRiskIntervals() {
  return useRiskWrite((input: ChannelInput<'risk:setIntervals'>) => call('risk:setIntervals', input));
}
