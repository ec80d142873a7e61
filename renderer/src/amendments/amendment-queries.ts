import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

export function useAmendments(clientId: string) {
  return useQuery({
    queryKey: queryKeys.clientAmendments(clientId),
    queryFn: () => call('amendments:list', { clientId }),
  });
}

export function useNoteAmendments(noteId: string) {
  return useQuery({
    queryKey: queryKeys.noteAmendments(noteId),
    queryFn: () => call('amendments:forNote', { noteId }),
  });
}

/** The client's notes to choose from, on the notes list's own cache entry (the notes folder shows this panel). */
export function useNotesToAmend(clientId: string) {
  return useQuery({
    queryKey: queryKeys.noteList(clientId),
    queryFn: () => call('notes:list', { clientId }),
  });
}

export function useAmendmentsDue() {
  return useQuery({ queryKey: queryKeys.amendmentsDue, queryFn: () => call('amendments:due', {}) });
}

/** A change to one request refreshes every list that shows it, and the notes an addendum went on. */
function useAmendmentWrite<I>(write: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.amendments });
      await queryClient.invalidateQueries({ queryKey: queryKeys.notes });
    },
  });
}

export function useLogAmendment() {
  return useAmendmentWrite((input: ChannelInput<'amendments:log'>) => call('amendments:log', input));
}

export function useExtendAmendment() {
  return useAmendmentWrite((input: ChannelInput<'amendments:extend'>) => call('amendments:extend', input));
}

export function useAcceptAmendment() {
  return useAmendmentWrite((input: ChannelInput<'amendments:accept'>) => call('amendments:accept', input));
}

export function useDenyAmendment() {
  return useAmendmentWrite((input: ChannelInput<'amendments:deny'>) => call('amendments:deny', input));
}

export function useAddDisagreement() {
  return useAmendmentWrite((input: ChannelInput<'amendments:addDisagreement'>) =>
    call('amendments:addDisagreement', input),
  );
}

export function useAddRebuttal() {
  return useAmendmentWrite((input: ChannelInput<'amendments:addRebuttal'>) =>
    call('amendments:addRebuttal', input),
  );
}

/** The save dialog, then the PDF; pending for as long as both take. */
export function usePrintAmendmentLetter() {
  return useMutation({
    mutationFn: (request: ChannelInput<'amendments:printLetter'>) => call('amendments:printLetter', request),
  });
}
