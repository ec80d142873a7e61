import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';
import { invalidateBilling } from '../bridge/invalidate-billing';

export function useBalances() {
  return useQuery({ queryKey: queryKeys.balances, queryFn: () => call('billing:balances', {}) });
}

export function useInvoices(clientId: string) {
  return useQuery({
    queryKey: queryKeys.invoices(clientId),
    queryFn: () => call('invoices:list', { clientId }),
  });
}

export function usePayments(clientId: string) {
  return useQuery({
    queryKey: queryKeys.payments(clientId),
    queryFn: () => call('payments:list', { clientId }),
  });
}

export function useClientFee(clientId: string) {
  return useQuery({
    queryKey: queryKeys.clientFee(clientId),
    queryFn: () => call('fees:getClientFee', { clientId }),
  });
}

function useBillingMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => invalidateBilling(queryClient),
  });
}

export function useSetClientFee() {
  return useBillingMutation((input: ChannelInput<'fees:setClientFee'>) => call('fees:setClientFee', input));
}

export function useInsurance(clientId: string) {
  return useQuery({
    queryKey: queryKeys.insurance(clientId),
    queryFn: () => call('insurance:get', { clientId }),
  });
}

export function useSetInsurance() {
  return useBillingMutation((input: ChannelInput<'insurance:set'>) => call('insurance:set', input));
}

export function useCreateInvoice() {
  return useBillingMutation((input: ChannelInput<'invoices:create'>) => call('invoices:create', input));
}

export function useVoidInvoice() {
  return useBillingMutation((input: ChannelInput<'invoices:void'>) => call('invoices:void', input));
}

export function useRecordPayment() {
  return useBillingMutation((input: ChannelInput<'payments:record'>) => call('payments:record', input));
}
