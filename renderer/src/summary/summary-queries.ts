import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';

/** Everything the summary can show for this client, fetched once; toggles narrow it on the spot. */
export function useSummarySource(clientId: string) {
  return useQuery({
    queryKey: ['summary', 'source', clientId],
    queryFn: () => call('summary:preview', { clientId }),
    // The preview must match what is saved: always read afresh when the panel opens.
    staleTime: 0,
    gcTime: 0,
    // Each read is recorded as a view of the client: not on every return to the window.
    refetchOnWindowFocus: false,
  });
}

/** Runs the export: the save dialog, then the PDF; pending for as long as both take. */
export function useExportSummary() {
  return useMutation({
    mutationFn: (request: ChannelInput<'summary:export'>) => call('summary:export', request),
  });
}
