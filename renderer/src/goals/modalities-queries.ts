import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../bridge/call';
import { queryKeys } from '../bridge/query-keys';

export function useModalities() {
  return useQuery({ queryKey: queryKeys.modalities, queryFn: () => call('goals:modalities', {}) });
}

export function useSaveModalities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (custom: string[]) => call('goals:setModalities', { custom }),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.modalities, saved),
  });
}
