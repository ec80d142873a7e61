import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/**
 * After any change to money: everything money-related sits under queryKeys.billing, so one
 * invalidation refreshes balances everywhere.
 */
export function invalidateBilling(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.billing }),
    // Issuing or voiding an invoice changes which appointments show as invoiced.
    queryClient.invalidateQueries({ queryKey: queryKeys.appointments }),
  ]);
}
