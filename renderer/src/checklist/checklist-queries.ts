import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

/** Every checklist item, retired ones included (they still name answers in old notes). */
export function useChecklistItems() {
  return useQuery({ queryKey: queryKeys.checklist, queryFn: () => call('checklist:list', {}) });
}

export function useSaveChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'checklist:save'>) => call('checklist:save', input),
    onSuccess: (items) => queryClient.setQueryData(queryKeys.checklist, items),
  });
}

/** Every checklist group in order, retired ones included (old notes still name them). */
export function useChecklistGroups() {
  return useQuery({ queryKey: queryKeys.checklistGroups, queryFn: () => call('checklist:groups', {}) });
}

export function useSaveChecklistGroups() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'checklist:saveGroups'>) => call('checklist:saveGroups', input),
    onSuccess: (groups) => queryClient.setQueryData(queryKeys.checklistGroups, groups),
  });
}
