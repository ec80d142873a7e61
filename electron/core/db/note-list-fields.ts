import { checklistScore, feedbackScore } from '../../../shared/notes/alliance';
import type { NoteRecord } from '../../../shared/notes/note-contract';
import { NOTE_FORMATS, type RuptureResolution, type RuptureType } from '../../../shared/notes/note-formats';

const PREVIEW_LENGTH = 160;

/** What a client's list of notes and the alliance trend show of a note (the note_list_fields row). */
export interface NoteListFields {
  preview: string;
  checklistScore: number | null;
  feedbackScore: number | null;
  ruptureType: RuptureType;
  ruptureResolved: RuptureResolution;
}

/**
 * Worked out whenever a note's content is written, so that listing a client's notes decodes none
 * of them: the first section with any text, spaces run together, and the checklist and feedback scores.
 */
export function noteListFields(
  note: Pick<NoteRecord, 'format' | 'body' | 'checklist' | 'feedback' | 'rupture'>,
): NoteListFields {
  const first =
    NOTE_FORMATS[note.format].map((s) => note.body[s.key] ?? '').find((text) => text.trim()) ?? '';
  return {
    preview: first.replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH),
    checklistScore: checklistScore(note.checklist),
    feedbackScore: feedbackScore(note.feedback),
    ruptureType: note.rupture.type,
    // A rupture stored without an answer about its repair counts as not yet answered.
    ruptureResolved: (note.rupture.resolved ?? '') as RuptureResolution,
  };
}
