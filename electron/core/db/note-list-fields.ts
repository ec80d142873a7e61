import { checklistScore, feedbackScore } from '../../../shared/notes/alliance';
import type { NoteRecord } from '../../../shared/notes/note-contract';
import { NOTE_FORMATS } from '../../../shared/notes/note-formats';
import { digestRuptures, type RuptureDigest } from '../../../shared/notes/rupture-lists';

const PREVIEW_LENGTH = 160;

/** What a client's list of notes and the alliance trend show of a note (the note_list_fields row). */
export interface NoteListFields {
  preview: string;
  checklistScore: number | null;
  feedbackForm: 1 | 2;
  feedbackScore: number | null;
  ruptureCount: number;
  ruptureKind: RuptureDigest['kind'];
  ruptureOpen: RuptureDigest['open'];
}

/**
 * Worked out whenever a note's content is written, so that listing a client's notes decodes none
 * of them: the first section with any text, spaces run together, the checklist score, the
 * feedback's form and mean, and a digest of the session's ruptures.
 */
export function noteListFields(
  note: Pick<NoteRecord, 'format' | 'body' | 'checklist' | 'feedback' | 'ruptures'>,
): NoteListFields {
  const first =
    NOTE_FORMATS[note.format].map((s) => note.body[s.key] ?? '').find((text) => text.trim()) ?? '';
  const ruptures = digestRuptures(note.ruptures);
  return {
    preview: first.replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH),
    checklistScore: checklistScore(note.checklist),
    feedbackForm: note.feedback.form,
    feedbackScore: feedbackScore(note.feedback.answers),
    ruptureCount: ruptures.count,
    ruptureKind: ruptures.kind,
    ruptureOpen: ruptures.open,
  };
}
