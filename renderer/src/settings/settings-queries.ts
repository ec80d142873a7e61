import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings:get', {}) });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'settings:update'>) => call('settings:update', input),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
}
