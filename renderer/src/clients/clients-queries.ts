import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/call';

export function useClients() {
  return useQuery({ queryKey: queryKeys.clients, queryFn: () => call('clients:list', {}) });
}
