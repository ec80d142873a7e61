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
  signed_at: string | null;
  signed_by: string | null;
  signature_version: number;
}

/** The fingerprint format new signatures use; older ones stay verifiable in their own format. */
export const SIGNATURE_VERSION = 2;

/**
 * The fingerprint of a signed note: SHA-256 over every stored field that makes up the record, in a
 * fixed order, so that a later change to any of them, even by hand with raw SQL, shows up on
 * verification. It is taken over the stored text, never over a decoded and re-encoded note, so
 * that it stays what it was when the note was signed. Each format is frozen: 'rapport-note/1' is
 * the record alone; 'rapport-note/2' adds when it was signed and by whom. A field added to notes
 * later is part of neither.
 */
export function noteContentHash(
  note: FingerprintedNote,
  // A row read from a vault older than migration 012 has no signature_version: format 1.
  version: number = note.signature_version ?? 1,
): string {
  const record = [
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
  ];
  const canonical =
    version === 1
      ? ['rapport-note/1', ...record]
      : ['rapport-note/2', ...record, note.signed_at, note.signed_by];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

export interface FingerprintedAddendum {
  id: string;
  noteId: string;
  body: string;
  signedAt: string;
  signedBy: string | null;
  signatureVersion: number;
}

/** An addendum's fingerprint, in the same two frozen formats as a note's. */
export function addendumHash(addendum: FingerprintedAddendum): string {
  const record = [addendum.id, addendum.noteId, addendum.body, addendum.signedAt];
  const canonical =
    addendum.signatureVersion === 1
      ? ['rapport-addendum/1', ...record]
      : ['rapport-addendum/2', ...record, addendum.signedBy];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** The audit detail that records a fingerprint where the note cannot rewrite it: ids and hashes only. */
export function fingerprintDetail(hash: string): string {
  return `fingerprint ${hash}`;
}
