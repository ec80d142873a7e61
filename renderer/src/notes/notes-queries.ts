import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { Note } from '../../../shared/notes/note-contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';
import { settledSaves } from './pending-saves';

export function useNoteList(clientId: string) {
  return useQuery({
    queryKey: queryKeys.noteList(clientId),
    queryFn: () => call('notes:list', { clientId }),
  });
}

/**
 * One note, always read fresh when an editor opens it: the editor's autosave bases each save on the
 * version it read, so a cached copy from an earlier visit would make its first save a conflict. An
 * earlier editor of the same note may still be finishing its last save; the read waits for it.
 */
export function useNote(noteId: string) {
  return useQuery({
    queryKey: queryKeys.note(noteId),
    queryFn: async () => {
      await settledSaves(noteId);
      return call('notes:get', { id: noteId });
    },
    gcTime: 0,
    staleTime: Infinity,
  });
}

export function useAlliance(clientId: string) {
  return useQuery({
    queryKey: queryKeys.alliance(clientId),
    queryFn: () => call('notes:alliance', { clientId }),
  });
}

export function useUnsignedNotes() {
  return useQuery({ queryKey: queryKeys.unsignedNotes, queryFn: () => call('notes:unsigned', {}) });
}

export function useOpenRuptures() {
  return useQuery({ queryKey: queryKeys.openRuptures, queryFn: () => call('notes:openRuptures', {}) });
}

/** Lists, the alliance chart and Home's cards all read notes: after a change they are read again. */
function useRefreshNotes(): (clientId: string) => void {
  const queryClient = useQueryClient();
  return (clientId: string) => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.noteList(clientId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.alliance(clientId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.unsignedNotes });
    void queryClient.invalidateQueries({ queryKey: queryKeys.openRuptures });
  };
}

export function useCreateNote() {
  const refresh = useRefreshNotes();
  return useMutation({
    mutationFn: (input: ChannelInput<'notes:create'>) => call('notes:create', input),
    onSuccess: (note) => refresh(note.clientId),
  });
}

/** Signing can add GIRP ratings to the goals, so their progress is read again as well. */
export function useSignNote() {
  const queryClient = useQueryClient();
  const refresh = useRefreshNotes();
  return useMutation({
    mutationFn: (noteId: string) => call('notes:sign', { id: noteId }),
    onSuccess: (note) => {
      queryClient.setQueryData<Note>(queryKeys.note(note.id), note);
      refresh(note.clientId);
      void queryClient.invalidateQueries({ queryKey: ['goals'] });
    },
  });
}

export function useAddAddendum() {
  const queryClient = useQueryClient();
  const refresh = useRefreshNotes();
  return useMutation({
    mutationFn: (input: ChannelInput<'notes:addAddendum'>) => call('notes:addAddendum', input),
    onSuccess: (note) => {
      queryClient.setQueryData<Note>(queryKeys.note(note.id), note);
      refresh(note.clientId);
    },
  });
}
