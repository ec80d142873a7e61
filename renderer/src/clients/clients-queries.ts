import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

export type ClientListQuery = ChannelInput<'clients:list'>;

/** Keys under queryKeys.clients, so one invalidation after any client change refreshes every view of clients. */
export const clientKeys = {
  list: (query: ClientListQuery) => [...queryKeys.clients, 'list', query] as const,
  detail: (id: string) => [...queryKeys.clients, 'detail', id] as const,
  history: (id: string) => [...queryKeys.clients, 'history', id] as const,
};

/**
 * The list as the main side filters and sorts it. While a new search is on its way the previous
 * result stays on screen, so typing never flashes an empty list.
 */
export function useClients(query: ClientListQuery = {}) {
  return useQuery({
    queryKey: clientKeys.list(query),
    queryFn: () => call('clients:list', query),
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: string) {
  return useQuery({ queryKey: clientKeys.detail(id), queryFn: () => call('clients:get', { id }) });
}

export function useClientHistory(id: string) {
  return useQuery({ queryKey: clientKeys.history(id), queryFn: () => call('clients:history', { id }) });
}

/** Refreshes every client query; what changed for one client can move it in the list too. */
export function useRefreshClients() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.clients });
}

export function useCreateEnquiry() {
  const refresh = useRefreshClients();
  return useMutation({
    mutationFn: (input: ChannelInput<'clients:createEnquiry'>) => call('clients:createEnquiry', input),
    onSuccess: refresh,
  });
}

export function useChangeStatus() {
  const queryClient = useQueryClient();
  const refresh = useRefreshClients();
  return useMutation({
    mutationFn: (input: ChannelInput<'clients:changeStatus'>) => call('clients:changeStatus', input),
    onSuccess: (record) => {
      queryClient.setQueryData(clientKeys.detail(record.id), record);
      return refresh();
    },
  });
}
