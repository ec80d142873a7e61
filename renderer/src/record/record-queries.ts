import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';
import { queryKeys } from '../bridge/query-keys';

/** The client's notes, under the notes' own key, so a note signed meanwhile is counted as signed. */
export function useRecordNotes(clientId: string) {
  return useQuery({
    queryKey: queryKeys.noteList(clientId),
    queryFn: () => call('notes:list', { clientId }),
  });
}

/** The save dialog, then the PDF; pending for as long as both take. */
export function usePrintRecord() {
  return useMutation({
    mutationFn: (request: ChannelInput<'record:print'>) => call('record:print', request),
  });
}
