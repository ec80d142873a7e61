import { createHash } from 'node:crypto';

/** The columns of a notes row a signature covers, as stored: the JSON columns still as their text. */
export interface FingerprintedNote {
  id: string;
  client_id: string;
  appointment_id: string | null;
  session_date: string;
  start_time: string;
  end_time: string;
  modality: string;
  attendees: string;
  format: string;
  body: string;
  goal_work: string;
  checklist: string;
  feedback: string;
  rupture: string;
  created_at: string;
}

/**
 * The fingerprint of a signed note: SHA-256 over every stored field that makes up the record, in a
 * fixed order, so that a later change to any of them, even by hand with raw SQL, shows up on
 * verification. It is taken over the stored text, never over a decoded and re-encoded note, so
 * that it stays what it was when the note was signed. Frozen as 'rapport-note/1': a field added to
 * notes later is not part of it.
 */
export function noteContentHash(note: FingerprintedNote): string {
  const canonical = JSON.stringify([
    'rapport-note/1',
    note.id,
    note.client_id,
    note.appointment_id,
    note.session_date,
    note.start_time,
    note.end_time,
    note.modality,
    note.attendees,
    note.format,
    note.body,
    note.goal_work,
    note.checklist,
    note.feedback,
    note.rupture,
    note.created_at,
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
