import type { NoteRecord } from '../../../shared/notes/note-contract';
import { readFeedback } from '../../../shared/notes/feedback-forms';
import type { Modality, NoteFormat } from '../../../shared/notes/note-formats';
import { readRuptures, type RuptureDigest } from '../../../shared/notes/rupture-lists';
import type { Db } from './connection';
import {
  addendumHash,
  noteContentHash,
  SIGNATURE_VERSION,
  type FingerprintedAddendum,
  type FingerprintedNote,
} from './note-fingerprint';
import { noteListFields } from './note-list-fields';

/** A notes row as SQLite returns it for `SELECT *`: every column as stored, the JSON still text. */
interface StoredNote extends FingerprintedNote {
  modality: Modality;
  format: NoteFormat;
  updated_at: string;
  signed_at: string | null;
  content_hash: string | null;
}

/**
 * The notes table's one field list: every read of a whole note selects the row as it is and is
 * decoded here, and every write encodes here. Nothing above this file sees a note's stored JSON.
 */
function decodeNote(row: StoredNote): NoteRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    appointmentId: row.appointment_id,
    sessionDate: row.session_date,
    startTime: row.start_time,
    endTime: row.end_time,
    modality: row.modality,
    attendees: row.attendees,
    format: row.format,
    body: JSON.parse(row.body),
    goalWork: JSON.parse(row.goal_work),
    checklist: JSON.parse(row.checklist),
    feedback: readFeedback(JSON.parse(row.feedback)),
    ruptures: readRuptures(JSON.parse(row.rupture)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    signedBy: row.signed_by,
    contentHash: row.content_hash,
    signature: row.signed_at
      ? { version: row.signature_version, intact: noteContentHash(row) === row.content_hash }
      : null,
  };
}

/** What a note's author writes: everything but its signature. */
export type NoteContentRecord = Omit<NoteRecord, 'signedAt' | 'signedBy' | 'contentHash' | 'signature'>;

function encodeNote(note: Omit<NoteContentRecord, 'clientId' | 'appointmentId' | 'createdAt'>) {
  return {
    id: note.id,
    sessionDate: note.sessionDate,
    startTime: note.startTime,
    endTime: note.endTime,
    modality: note.modality,
    attendees: note.attendees,
    format: note.format,
    body: JSON.stringify(note.body),
    goalWork: JSON.stringify(note.goalWork),
    checklist: JSON.stringify(note.checklist),
    feedback: JSON.stringify(note.feedback),
    // The column keeps its name: a signed note's fingerprint names it, and its older text.
    rupture: JSON.stringify({ events: note.ruptures }),
    updatedAt: note.updatedAt,
  };
}

export function getNote(db: Db, id: string): NoteRecord | undefined {
  const row = db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as StoredNote | undefined;
  return row && decodeNote(row);
}

export function listNotes(db: Db, clientId: string): NoteRecord[] {
  const rows = db
    .prepare('SELECT * FROM notes WHERE client_id = ? ORDER BY session_date DESC, start_time DESC, id')
    .all(clientId) as StoredNote[];
  return rows.map(decodeNote);
}

export interface NoteSummaryRow {
  id: string;
  sessionDate: string;
  startTime: string;
  endTime: string;
  modality: Modality;
  format: NoteFormat;
  signedAt: string | null;
  preview: string;
  ruptures: number;
  ruptureKind: RuptureDigest['kind'];
  addendaCount: number;
  hasProcessNote: number;
}

/**
 * What a client's list of notes shows, newest first, from the notes_for_list index and the notes'
 * list fields: no note's row (several pages of checklist and text) is read.
 */
export function listNoteSummaries(db: Db, clientId: string): NoteSummaryRow[] {
  return db
    .prepare(
      `SELECT n.id, n.session_date AS sessionDate, n.start_time AS startTime, n.end_time AS endTime, n.modality,
         n.format, n.signed_at AS signedAt, coalesce(f.preview, '') AS preview,
         coalesce(f.rupture_count, 0) AS ruptures, coalesce(f.rupture_kind, 'none') AS ruptureKind,
         (SELECT count(*) FROM note_addenda a WHERE a.note_id = n.id) AS addendaCount,
         EXISTS (SELECT 1 FROM process_notes p WHERE p.note_id = n.id AND p.body <> '') AS hasProcessNote
       FROM notes n LEFT JOIN note_list_fields f ON f.note_id = n.id
       WHERE n.client_id = ? ORDER BY n.session_date DESC, n.start_time DESC, n.id`,
    )
    .all(clientId) as NoteSummaryRow[];
}

/**
 * A point of the alliance trend, named as the trend is. Every note has its list fields (written with
 * its content, or by the maintenance step for older notes); a missing row reads as an empty note.
 */
export interface AllianceRow {
  noteId: string;
  date: string;
  checklist: number | null;
  feedback: number | null;
  feedbackForm: 1 | 2;
  ruptures: number;
  ruptureKind: RuptureDigest['kind'];
  ruptureOpen: RuptureDigest['open'];
}

/**
 * The parts of each note the alliance trend needs, oldest first (the exact reverse of listNotes):
 * the notes_for_list index read backwards, and the notes' list fields.
 */
export function listAllianceRows(db: Db, clientId: string): AllianceRow[] {
  return db
    .prepare(
      `SELECT n.id AS noteId, n.session_date AS date, f.checklist_score AS checklist,
         f.feedback_score AS feedback, coalesce(f.feedback_form, 2) AS feedbackForm,
         coalesce(f.rupture_count, 0) AS ruptures, coalesce(f.rupture_kind, 'none') AS ruptureKind,
         coalesce(f.rupture_open, 'none') AS ruptureOpen
       FROM notes n LEFT JOIN note_list_fields f ON f.note_id = n.id
       WHERE n.client_id = ? ORDER BY n.session_date, n.start_time, n.id DESC`,
    )
    .all(clientId) as AllianceRow[];
}

/** Keeps the note's list fields in step with its content; called by every write of a note's content. */
function writeNoteListFields(db: Db, note: Parameters<typeof noteListFields>[0] & { id: string }): void {
  db.prepare(
    `INSERT INTO note_list_fields (note_id, preview, checklist_score, feedback_form, feedback_score,
       rupture_count, rupture_kind, rupture_open)
     VALUES (@noteId, @preview, @checklistScore, @feedbackForm, @feedbackScore, @ruptureCount, @ruptureKind,
       @ruptureOpen)
     ON CONFLICT (note_id) DO UPDATE SET preview = excluded.preview,
       checklist_score = excluded.checklist_score, feedback_form = excluded.feedback_form,
       feedback_score = excluded.feedback_score, rupture_count = excluded.rupture_count,
       rupture_kind = excluded.rupture_kind, rupture_open = excluded.rupture_open`,
  ).run({ noteId: note.id, ...noteListFields(note) });
}

/**
 * Gives every note without list fields its list fields: notes written before they were kept
 * (migration 009), and every note after migration 016 remade them; the maintenance steps that run
 * once after migrating (maintenance.ts). Returns how many it wrote.
 */
export function fillMissingNoteListFields(db: Db): number {
  const rows = db
    .prepare(
      `SELECT n.* FROM notes n
       WHERE NOT EXISTS (SELECT 1 FROM note_list_fields f WHERE f.note_id = n.id)`,
    )
    .all() as StoredNote[];
  for (const row of rows) writeNoteListFields(db, decodeNote(row));
  return rows.length;
}

/** Every signed note's stored fingerprint beside the one its row gives now, one note at a time. */
export function* signedNoteFingerprints(db: Db) {
  const rows = db
    .prepare('SELECT * FROM notes WHERE signed_at IS NOT NULL ORDER BY id')
    .iterate() as IterableIterator<StoredNote>;
  for (const row of rows) {
    yield {
      id: row.id,
      clientId: row.client_id,
      signatureVersion: row.signature_version,
      storedHash: row.content_hash,
      currentHash: noteContentHash(row),
    };
  }
}

/** Of these notes, the signed ones whose fingerprint, or an addendum's, no longer matches. */
export function changedSignatures(db: Db, noteIds: readonly string[]): Set<string> {
  const ids = JSON.stringify(noteIds);
  const rows = db
    .prepare('SELECT * FROM notes WHERE signed_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))')
    .all(ids) as StoredNote[];
  const changed = new Set(
    rows.filter((row) => noteContentHash(row) !== row.content_hash).map((row) => row.id),
  );
  const addenda = db
    .prepare(
      `SELECT id, note_id AS noteId, body, signed_at AS signedAt, signed_by AS signedBy,
         signature_version AS signatureVersion, content_hash AS contentHash
       FROM note_addenda WHERE note_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as AddendumRow[];
  for (const addendum of addenda)
    if (addendumHash(addendum) !== addendum.contentHash) changed.add(addendum.noteId);
  return changed;
}

export function insertNote(db: Db, note: NoteContentRecord): void {
  db.prepare(
    `INSERT INTO notes (id, client_id, appointment_id, session_date, start_time, end_time, modality, attendees,
       format, body, goal_work, checklist, feedback, rupture, created_at, updated_at)
     VALUES (@id, @clientId, @appointmentId, @sessionDate, @startTime, @endTime, @modality, @attendees,
       @format, @body, @goalWork, @checklist, @feedback, @rupture, @createdAt, @updatedAt)`,
  ).run({
    ...encodeNote(note),
    clientId: note.clientId,
    appointmentId: note.appointmentId,
    createdAt: note.createdAt,
  });
  writeNoteListFields(db, note);
}

export function updateNoteContent(
  db: Db,
  note: Omit<NoteContentRecord, 'clientId' | 'appointmentId' | 'createdAt'>,
): void {
  db.prepare(
    `UPDATE notes SET session_date = @sessionDate, start_time = @startTime, end_time = @endTime,
       modality = @modality, attendees = @attendees, format = @format, body = @body, goal_work = @goalWork,
       checklist = @checklist, feedback = @feedback, rupture = @rupture, updated_at = @updatedAt
     WHERE id = @id`,
  ).run(encodeNote(note));
  writeNoteListFields(db, note);
}

/**
 * Signs the note as it is stored now: its fingerprint is taken over the row's own text, the signing
 * time and the signer. Returns the fingerprint.
 */
export function markSigned(db: Db, id: string, signedAt: string, signedBy: string): string {
  const row = db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as StoredNote;
  const hash = noteContentHash({
    ...row,
    signed_at: signedAt,
    signed_by: signedBy,
    signature_version: SIGNATURE_VERSION,
  });
  db.prepare(
    `UPDATE notes SET signed_at = ?, signed_by = ?, signature_version = ?, content_hash = ?, updated_at = ?
     WHERE id = ?`,
  ).run(signedAt, signedBy, SIGNATURE_VERSION, hash, signedAt, id);
  return hash;
}

export interface AddendumRow extends FingerprintedAddendum {
  contentHash: string;
}

export function listAddenda(db: Db, noteId: string): AddendumRow[] {
  return db
    .prepare(
      `SELECT id, note_id AS noteId, body, signed_at AS signedAt, signed_by AS signedBy,
         signature_version AS signatureVersion, content_hash AS contentHash
       FROM note_addenda WHERE note_id = ? ORDER BY signed_at, id`,
    )
    .all(noteId) as AddendumRow[];
}

/** Every addendum, one at a time, with the client of the note it belongs to. */
export function allAddenda(db: Db): IterableIterator<AddendumRow & { clientId: string | null }> {
  return db
    .prepare(
      `SELECT a.id, a.note_id AS noteId, a.body, a.signed_at AS signedAt, a.signed_by AS signedBy,
         a.signature_version AS signatureVersion, a.content_hash AS contentHash, n.client_id AS clientId
       FROM note_addenda a LEFT JOIN notes n ON n.id = a.note_id ORDER BY a.id`,
    )
    .iterate() as IterableIterator<AddendumRow & { clientId: string | null }>;
}

export function insertAddendum(db: Db, row: AddendumRow): void {
  db.prepare(
    `INSERT INTO note_addenda (id, note_id, body, signed_at, signed_by, signature_version, content_hash)
     VALUES (@id, @noteId, @body, @signedAt, @signedBy, @signatureVersion, @contentHash)`,
  ).run(row);
}

export function getProcessNote(db: Db, noteId: string): { body: string; updatedAt: string } | undefined {
  return db
    .prepare('SELECT body, updated_at AS updatedAt FROM process_notes WHERE note_id = ?')
    .get(noteId) as { body: string; updatedAt: string } | undefined;
}

export function writeProcessNote(db: Db, noteId: string, body: string, at: string): void {
  db.prepare(
    `INSERT INTO process_notes (note_id, body, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (note_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  ).run(noteId, body, at);
}

export function noteStats(db: Db, clientId: string) {
  return db
    .prepare(
      `SELECT n.id, (SELECT count(*) FROM note_addenda a WHERE a.note_id = n.id) AS addendaCount,
         EXISTS (SELECT 1 FROM process_notes p WHERE p.note_id = n.id AND p.body <> '') AS hasProcessNote
       FROM notes n WHERE n.client_id = ?`,
    )
    .all(clientId) as { id: string; addendaCount: number; hasProcessNote: number }[];
}

export function listUnsigned(db: Db) {
  return db
    .prepare(
      `SELECT n.id AS noteId, n.client_id AS clientId, c.chosen_name AS chosenName, n.session_date AS sessionDate
       FROM notes n JOIN clients c ON c.id = n.client_id
       WHERE n.signed_at IS NULL ORDER BY n.session_date, n.start_time`,
    )
    .all() as { noteId: string; clientId: string; chosenName: string; sessionDate: string }[];
}

/**
 * Each client's latest session with a rupture, when one of its ruptures was not fully resolved: the
 * clinician's list of relationships that need repair. Discharged and archived clients are left out.
 */
export function listOpenRuptures(db: Db) {
  return db
    .prepare(
      `SELECT n.id AS noteId, n.client_id AS clientId, c.chosen_name AS chosenName, n.session_date AS sessionDate,
         f.rupture_count AS ruptures, f.rupture_kind AS kind, f.rupture_open AS open
       FROM notes n JOIN clients c ON c.id = n.client_id JOIN note_list_fields f ON f.note_id = n.id
       WHERE c.status NOT IN ('discharged', 'archived')
         AND f.rupture_count > 0
         AND n.session_date = (SELECT max(m.session_date) FROM notes m JOIN note_list_fields g ON g.note_id = m.id
                               WHERE m.client_id = n.client_id AND g.rupture_count > 0)
         AND f.rupture_open <> 'none'
       GROUP BY n.client_id
       ORDER BY n.session_date DESC`,
    )
    .all() as {
    noteId: string;
    clientId: string;
    chosenName: string;
    sessionDate: string;
    ruptures: number;
    kind: Exclude<RuptureDigest['kind'], 'none'>;
    open: Exclude<RuptureDigest['open'], 'none'>;
  }[];
}
