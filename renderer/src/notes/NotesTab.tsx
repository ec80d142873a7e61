import { useState } from 'react';
import type { NoteSummary } from '../../../shared/notes/note-contract';
import { localDay } from '../../../shared/dates/format-date';
import { PrintRecordDialog, type RecordSubject } from '../record/PrintRecordDialog';
import { AmendmentsPanel } from '../amendments/AmendmentsPanel';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { KeyboardShortcutsButton } from './KeyboardShortcutsButton';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { takeRequestedNote } from './note-to-open';
import { useCreateNote, useNoteList } from './notes-queries';
import { ShortcutButton } from './ShortcutButton';
import { useCtrlShortcut } from './use-ctrl-shortcut';
import './keyboard-shortcuts.css';
import './notes.css';
import './note-editor.css';

/** A new note follows the client's last one in format and modality: most clients keep to one. */
function newNoteInput(clientId: string, latest: NoteSummary | undefined) {
  return {
    clientId,
    sessionDate: localDay(new Date()),
    format: latest?.format ?? 'SOAP',
    modality: latest?.modality ?? 'in-person',
  } as const;
}

/**
 * A client's notes: the list by session date, and the note opened beside it. On a narrower window
 * the open note takes the whole width and "All notes" brings the list back. Ctrl/Cmd+N starts a note.
 */
export function NotesTab({ clientId }: { clientId: string }) {
  const list = useNoteList(clientId);
  const create = useCreateNote();
  const [selected, setSelected] = useState<string | null>(() => takeRequestedNote(clientId));
  const [created, setCreated] = useState<string | null>(null);
  const [printing, setPrinting] = useState<RecordSubject | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  const startNote = () => {
    if (create.isPending || !list.data) return;
    create.mutate(newNoteInput(clientId, list.data[0]), {
      onSuccess: (note) => {
        setCreated(note.id);
        setSelected(note.id);
      },
    });
  };
  useCtrlShortcut('n', startNote);

  return (
    <div className={selected ? 'notes-tab notes-tab--open' : 'notes-tab'}>
      <div className="notes-tab__list">
        <div className="notes-tab__list-head">
          <h2 className="notes-tab__heading">Notes</h2>
          <KeyboardShortcutsButton />
          <ShortcutButton
            shortcut="N"
            variant="primary"
            onPress={startNote}
            isPending={create.isPending}
            pendingLabel="Starting…"
          >
            New note
          </ShortcutButton>
        </div>
        {list.data && list.data.length > 0 && (
          <div className="notes-tab__record">
            <ActionButton variant="quiet" icon="print" onPress={() => setPrinting({ clientId })}>
              Print record…
            </ActionButton>
          </div>
        )}
        {announcement && !selected && (
          <Alert tone="success">
            <p>{announcement}</p>
          </Alert>
        )}
        {create.isError && <Alert tone="error">{create.error.message}</Alert>}
        {list.isPending && <p className="muted">Loading notes…</p>}
        {list.isError && <Alert tone="error">{list.error.message}</Alert>}
        {list.data?.length === 0 && (
          <p className="notes-tab__empty">No notes yet. Start one for today’s session with New note.</p>
        )}
        {list.data && list.data.length > 0 && (
          <NoteList notes={list.data} selectedId={selected} onSelect={setSelected} />
        )}
        <AmendmentsPanel clientId={clientId} />
      </div>
      <div className="notes-tab__editor">
        {selected ? (
          <>
            <ActionButton variant="quiet" onPress={() => setSelected(null)}>
              ← All notes
            </ActionButton>
            <div className="notes-tab__note-actions">
              <ActionButton
                variant="quiet"
                icon="print"
                onPress={() => setPrinting({ clientId, noteId: selected })}
              >
                Print this note
              </ActionButton>
            </div>
            {announcement && (
              <Alert tone="success">
                <p>{announcement}</p>
              </Alert>
            )}
            <NoteEditor key={selected} noteId={selected} autoFocus={selected === created} />
          </>
        ) : (
          <div className="notes-tab__placeholder">
            <p>Choose a note on the left, or start a new one.</p>
          </div>
        )}
      </div>
      <PrintRecordDialog subject={printing} onClose={() => setPrinting(null)} onSaved={setAnnouncement} />
    </div>
  );
}
