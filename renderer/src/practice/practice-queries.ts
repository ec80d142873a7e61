import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';

const PRACTICE_KEY = ['practice'] as const;

export function usePractice() {
  return useQuery({ queryKey: PRACTICE_KEY, queryFn: () => call('practice:get', {}) });
}

export function useUpdatePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'practice:update'>) => call('practice:update', input),
    onSuccess: (practice) => queryClient.setQueryData(PRACTICE_KEY, practice),
  });
}
