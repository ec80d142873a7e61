import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { queryKeys } from '../../bridge/query-keys';
import { call } from '../../bridge/call';

/**
 * The superbill for a period as it would print, with what it lacks. Under the billing key, so a
 * fee, diagnosis or payment saved meanwhile refreshes it.
 */
export function useSuperbillPreview(input: ChannelInput<'billing:superbillPreview'> | null) {
  return useQuery({
    queryKey: [...queryKeys.billing, 'superbill', input] as const,
    queryFn: () => call('billing:superbillPreview', input!),
    enabled: input !== null,
    // Keep showing the last period's superbill while the next one loads, so the dialog does not jump.
    placeholderData: keepPreviousData,
    // Each read is recorded as a view of the client: not on every return to the window.
    refetchOnWindowFocus: false,
    staleTime: 0,
    gcTime: 0,
  });
}

/** The save dialog, then the PDF; pending for as long as both take. */
export function useExportSuperbill() {
  return useMutation({
    mutationFn: (request: ChannelInput<'billing:superbill'>) => call('billing:superbill', request),
  });
}
