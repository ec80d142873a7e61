import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Note, NoteContent, NoteSummary } from '../../../shared/notes/note-contract';
import { NOTE_FORMATS } from '../../../shared/notes/note-formats';
import { digestRuptures } from '../../../shared/notes/rupture-lists';
import { queryKeys } from '../bridge/query-keys';
import { useAutosaver } from '../autosave/use-autosaver';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { call } from '../bridge/call';
import { Autosaver } from '../../../shared/autosave/autosaver';
import { createDraftStore, type DraftStore } from './draft-store';
import { toContent } from '../../../shared/notes/editable-content';
import { savePayload } from './note-content';
import { trackSave } from './pending-saves';

export interface NoteSession {
  noteId: string;
  clientId: string;
  store: DraftStore;
  saver: Autosaver<NoteContent>;
  /** After a conflict: save what is in the editor over the stored version the clinician was warned about. */
  rebase(updatedAt: string): void;
}

function preview(content: NoteContent): string {
  const first =
    NOTE_FORMATS[content.format].map((s) => content.body[s.key] ?? '').find((t) => t.trim()) ?? '';
  return first.replace(/\s+/g, ' ').trim().slice(0, 160);
}

/**
 * Keeps the client's note list in step with the draft without reading it again on every save. A
 * save that changes nothing the list shows (most keystrokes past the opening words) leaves the list
 * as it is, and only a new date or time sorts it again.
 */
function updateListEntry(queryClient: QueryClient, clientId: string, noteId: string, saved: NoteContent) {
  queryClient.setQueryData<NoteSummary[]>(queryKeys.noteList(clientId), (list) => {
    const index = list?.findIndex((s) => s.id === noteId) ?? -1;
    if (!list || index < 0) return list;
    const old = list[index]!;
    const next: NoteSummary = {
      ...old,
      sessionDate: saved.sessionDate,
      startTime: saved.startTime,
      endTime: saved.endTime,
      modality: saved.modality,
      format: saved.format,
      preview: preview(saved),
      ruptures: saved.ruptures.length,
      ruptureKind: digestRuptures(saved.ruptures).kind,
    };
    const keys = [
      'sessionDate',
      'startTime',
      'endTime',
      'modality',
      'format',
      'preview',
      'ruptures',
      'ruptureKind',
    ] as const;
    if (keys.every((key) => old[key] === next[key])) return list;
    const updated = list.with(index, next);
    if (old.sessionDate === next.sessionDate && old.startTime === next.startTime) return updated;
    return updated.sort(
      (a, b) =>
        b.sessionDate.localeCompare(a.sessionDate) ||
        b.startTime.localeCompare(a.startTime) ||
        a.id.localeCompare(b.id),
    );
  });
}

function createSession(note: Note, queryClient: QueryClient): NoteSession {
  const store = createDraftStore(toContent(note));
  let base = note.updatedAt;
  let lastSaved = store.get();
  const saver = new Autosaver<NoteContent>({
    read: store.get,
    async save(content) {
      const payload = savePayload(content, lastSaved);
      const { updatedAt } = await call('notes:save', { id: note.id, baseUpdatedAt: base, content: payload });
      base = updatedAt;
      lastSaved = payload;
      updateListEntry(queryClient, note.clientId, note.id, payload);
    },
    isConflict: (error) => isBridgeCallError(error) && error.code === 'CONFLICT',
    describe: (error) => (error instanceof Error ? error.message : 'The note could not be saved.'),
  });
  return {
    noteId: note.id,
    clientId: note.clientId,
    store,
    saver,
    rebase(updatedAt) {
      base = updatedAt;
      saver.resume();
    },
  };
}

/**
 * The editing session of one draft: its content store and its autosave. Every change is saved on
 * its own schedule; when the editor goes away (another note, another page, the window hiding) what
 * is left is saved at once, and a later editor of the same note waits for that save before reading.
 */
export function useNoteSession(note: Note): NoteSession {
  const queryClient = useQueryClient();
  const [session] = useState(() => createSession(note, queryClient));
  useAutosaver(session.saver, (save) => trackSave(session.noteId, save));

  useEffect(() => {
    const { store, saver } = session;
    const unsubscribe = store.subscribe(() => saver.change());
    return () => {
      unsubscribe();
      void queryClient.invalidateQueries({ queryKey: queryKeys.alliance(session.clientId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.unsignedNotes });
    };
  }, [session, queryClient]);

  return session;
}
