import { createHash } from 'node:crypto';
import type { NoteRow } from '../../db/notes';

/**
 * The fingerprint of a signed note: SHA-256 over every stored field that makes up the record, in a
 * fixed order, so that a later change to any of them, even by hand with raw SQL, shows up on verification.
 */
export function noteContentHash(note: NoteRow): string {
  const canonical = JSON.stringify([
    'rapport-note/1',
    note.id,
    note.clientId,
    note.appointmentId,
    note.sessionDate,
    note.startTime,
    note.endTime,
    note.modality,
    note.attendees,
    note.format,
    note.body,
    note.goalWork,
    note.checklist,
    note.feedback,
    note.rupture,
    note.createdAt,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function addendumHash(addendum: {
  id: string;
  noteId: string;
  body: string;
  signedAt: string;
}): string {
  return createHash('sha256')
    .update(
      JSON.stringify(['rapport-addendum/1', addendum.id, addendum.noteId, addendum.body, addendum.signedAt]),
    )
    .digest('hex');
}
