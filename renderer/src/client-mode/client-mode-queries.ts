import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { ClientModeState } from '../../../shared/client-mode/client-mode-contract';
import { call } from '../bridge/call';
import { queryKeys } from '../bridge/query-keys';
import { setHandback } from './handback';

/** Whether the laptop is with the client: asked of the main side, so a reload comes back to it. */
export function useClientMode(enabled = true) {
  return useQuery({
    queryKey: queryKeys.clientMode,
    queryFn: () => call('clientMode:status', {}),
    enabled,
  });
}

/**
 * Hands the laptop over. Everything the page held of the record is dropped from the cache first,
 * so nothing of it stays reachable while the client holds the laptop.
 */
export function useStartClientMode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'clientMode:start'>) => call('clientMode:start', input),
    onSuccess: (state, { clientId, noteId }) => {
      setHandback(clientId, noteId ? 'notes' : 'overview');
      // The gate's own two queries stay (it is watching them); everything of the record goes.
      queryClient.removeQueries({
        predicate: ({ queryKey }) =>
          queryKey[0] !== queryKeys.vaultStatus[0] && queryKey[0] !== queryKeys.clientMode[0],
      });
      queryClient.setQueryData<ClientModeState>(queryKeys.clientMode, state);
    },
  });
}

export function useSubmitClientFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'clientMode:submitFeedback'>) =>
      call('clientMode:submitFeedback', input),
    onSuccess: (state) => queryClient.setQueryData<ClientModeState>(queryKeys.clientMode, state),
  });
}

export function useLeaveClientMode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'clientMode:leave'>) => call('clientMode:leave', input),
    onSuccess: (state) => queryClient.setQueryData<ClientModeState>(queryKeys.clientMode, state),
  });
}

export function useSetClientModePin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'clientMode:setPin'>) => call('clientMode:setPin', input),
    onSuccess: (state) => queryClient.setQueryData<ClientModeState>(queryKeys.clientMode, state),
  });
}
