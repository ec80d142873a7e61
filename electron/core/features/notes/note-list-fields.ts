import { checklistScore, feedbackScore } from '../../../../shared/notes/alliance';
import type { Note } from '../../../../shared/notes/note-contract';
import { NOTE_FORMATS } from '../../../../shared/notes/note-formats';
import type { NoteListFields, NoteRow } from '../../db/notes';

const PREVIEW_LENGTH = 160;

/**
 * What a client's list of notes and the alliance trend show of a note, worked out whenever its
 * content is written so that listing a client's notes decodes none of them: the first section with
 * any text, spaces run together, and the checklist and feedback scores.
 */
export function noteListFields(
  note: Pick<Note, 'format' | 'body' | 'checklist' | 'feedback'> & {
    rupture: { type: NoteListFields['ruptureType']; resolved?: string };
  },
): NoteListFields {
  const first =
    NOTE_FORMATS[note.format].map((s) => note.body[s.key] ?? '').find((text) => text.trim()) ?? '';
  return {
    preview: first.replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH),
    checklistScore: checklistScore(note.checklist),
    feedbackScore: feedbackScore(note.feedback),
    ruptureType: note.rupture.type,
    // A rupture stored without an answer about its repair counts as not yet answered.
    ruptureResolved: (note.rupture.resolved ?? '') as NoteListFields['ruptureResolved'],
  };
}

/** The same, from a note as stored (for notes written before the fields were kept). */
export function storedNoteListFields(
  row: Pick<NoteRow, 'format' | 'body' | 'checklist' | 'feedback' | 'rupture'>,
): NoteListFields {
  return noteListFields({
    format: row.format,
    body: JSON.parse(row.body),
    checklist: JSON.parse(row.checklist),
    feedback: JSON.parse(row.feedback),
    rupture: JSON.parse(row.rupture),
  });
}
