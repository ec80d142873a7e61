import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';
import { invalidateBilling } from '../bridge/invalidate-billing';
import { queryKeys } from '../bridge/query-keys';

/** The practice's billing settings and fee schedule, which billing, the calendar and Home read. */
export function useBillingSettings() {
  return useQuery({ queryKey: queryKeys.billingSettings, queryFn: () => call('billing:settings', {}) });
}

export function useServices() {
  return useQuery({ queryKey: queryKeys.services, queryFn: () => call('fees:list', {}) });
}

export function useUpdateBillingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'billing:updateSettings'>) => call('billing:updateSettings', input),
    onSuccess: () => invalidateBilling(queryClient),
  });
}

export function useSaveServices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'fees:save'>) => call('fees:save', input),
    onSuccess: () => invalidateBilling(queryClient),
  });
}

/** How to pay and the tax wording, printed on every invoice, receipt and statement. */
export function useDocumentSettings() {
  return useQuery({
    queryKey: [...queryKeys.billingSettings, 'documents'],
    queryFn: () => call('billing:documentSettings', {}),
  });
}

export function useUpdateDocumentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'billing:updateDocumentSettings'>) =>
      call('billing:updateDocumentSettings', input),
    onSuccess: () => invalidateBilling(queryClient),
  });
}
