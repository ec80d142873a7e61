import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';
import { queryKeys } from '../bridge/query-keys';
import { clientKeys, useRefreshClients } from '../clients/clients-queries';

export function useSaveIntake() {
  const queryClient = useQueryClient();
  const refresh = useRefreshClients();
  return useMutation({
    mutationFn: (input: ChannelInput<'intake:save'>) => call('intake:save', input),
    onSuccess: (record) => {
      queryClient.setQueryData(clientKeys.detail(record.id), record);
      // Finishing without a signed consent records why, which the consent card shows.
      void queryClient.invalidateQueries({ queryKey: queryKeys.clientConsent(record.id) });
      return refresh();
    },
  });
}

export function useDiscardDraft() {
  const refresh = useRefreshClients();
  return useMutation({
    mutationFn: (clientId: string) => call('intake:discardDraft', { clientId }),
    onSuccess: refresh,
  });
}
