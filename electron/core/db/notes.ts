import type { Db } from './connection';

export interface NoteRow {
  id: string;
  clientId: string;
  appointmentId: string | null;
  sessionDate: string;
  startTime: string;
  endTime: string;
  modality: 'in-person' | 'video' | 'phone';
  attendees: string;
  format: 'SOAP' | 'DAP' | 'BIRP' | 'GIRP';
  body: string;
  goalWork: string;
  checklist: string;
  feedback: string;
  rupture: string;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  contentHash: string | null;
}

export function getNote(db: Db, id: string): NoteRow | undefined {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, appointment_id AS appointmentId, session_date AS sessionDate,
         start_time AS startTime, end_time AS endTime, modality, attendees, format, body, goal_work AS goalWork,
         checklist, feedback, rupture, created_at AS createdAt, updated_at AS updatedAt, signed_at AS signedAt,
         content_hash AS contentHash
       FROM notes WHERE id = ?`,
    )
    .get(id) as NoteRow | undefined;
}

export function listNotes(db: Db, clientId: string): NoteRow[] {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, appointment_id AS appointmentId, session_date AS sessionDate,
         start_time AS startTime, end_time AS endTime, modality, attendees, format, body, goal_work AS goalWork,
         checklist, feedback, rupture, created_at AS createdAt, updated_at AS updatedAt, signed_at AS signedAt,
         content_hash AS contentHash
       FROM notes WHERE client_id = ? ORDER BY session_date DESC, start_time DESC, id`,
    )
    .all(clientId) as NoteRow[];
}

type RuptureType = 'none' | 'withdrawal' | 'confrontation';
type RuptureResolved = '' | 'yes' | 'partly' | 'no';

export interface NoteSummaryRow {
  id: string;
  sessionDate: string;
  startTime: string;
  endTime: string;
  modality: NoteRow['modality'];
  format: NoteRow['format'];
  signedAt: string | null;
  /** This and ruptureType are null for a note written before list fields were kept, until they are worked out. */
  preview: string | null;
  ruptureType: RuptureType | null;
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
         n.format, n.signed_at AS signedAt, f.preview, f.rupture_type AS ruptureType,
         (SELECT count(*) FROM note_addenda a WHERE a.note_id = n.id) AS addendaCount,
         EXISTS (SELECT 1 FROM process_notes p WHERE p.note_id = n.id AND p.body <> '') AS hasProcessNote
       FROM notes n LEFT JOIN note_list_fields f ON f.note_id = n.id
       WHERE n.client_id = ? ORDER BY n.session_date DESC, n.start_time DESC, n.id`,
    )
    .all(clientId) as NoteSummaryRow[];
}

/**
 * A point of the alliance trend, named as the trend is. Its list fields are null for a note written
 * before they were kept, until they are worked out: `rupture` is then null, and never otherwise.
 */
export interface AllianceRow {
  noteId: string;
  date: string;
  checklist: number | null;
  feedback: number | null;
  rupture: RuptureType | null;
  resolved: RuptureResolved | null;
}

/**
 * The parts of each note the alliance trend needs, oldest first (the exact reverse of listNotes):
 * the notes_for_list index read backwards, and the notes' list fields.
 */
export function listAllianceRows(db: Db, clientId: string): AllianceRow[] {
  return db
    .prepare(
      `SELECT n.id AS noteId, n.session_date AS date, f.checklist_score AS checklist,
         f.feedback_score AS feedback, f.rupture_type AS rupture, f.rupture_resolved AS resolved
       FROM notes n LEFT JOIN note_list_fields f ON f.note_id = n.id
       WHERE n.client_id = ? ORDER BY n.session_date, n.start_time, n.id DESC`,
    )
    .all(clientId) as AllianceRow[];
}

export interface NoteListFields {
  preview: string;
  checklistScore: number | null;
  feedbackScore: number | null;
  ruptureType: RuptureType;
  ruptureResolved: RuptureResolved;
}

export function writeNoteListFields(db: Db, noteId: string, fields: NoteListFields): void {
  db.prepare(
    `INSERT INTO note_list_fields (note_id, preview, checklist_score, feedback_score, rupture_type, rupture_resolved)
     VALUES (@noteId, @preview, @checklistScore, @feedbackScore, @ruptureType, @ruptureResolved)
     ON CONFLICT (note_id) DO UPDATE SET preview = excluded.preview,
       checklist_score = excluded.checklist_score, feedback_score = excluded.feedback_score,
       rupture_type = excluded.rupture_type, rupture_resolved = excluded.rupture_resolved`,
  ).run({ noteId, ...fields });
}

/** A client's notes written before list fields were kept: the content to work them out from. */
export function listNotesWithoutListFields(db: Db, clientId: string) {
  return db
    .prepare(
      `SELECT n.id, n.format, n.body, n.checklist, n.feedback, n.rupture FROM notes n
       WHERE n.client_id = ? AND NOT EXISTS (SELECT 1 FROM note_list_fields f WHERE f.note_id = n.id)`,
    )
    .all(clientId) as Pick<NoteRow, 'id' | 'format' | 'body' | 'checklist' | 'feedback' | 'rupture'>[];
}

export function listSignedNotes(db: Db): NoteRow[] {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, appointment_id AS appointmentId, session_date AS sessionDate,
         start_time AS startTime, end_time AS endTime, modality, attendees, format, body, goal_work AS goalWork,
         checklist, feedback, rupture, created_at AS createdAt, updated_at AS updatedAt, signed_at AS signedAt,
         content_hash AS contentHash
       FROM notes WHERE signed_at IS NOT NULL`,
    )
    .all() as NoteRow[];
}

export function insertNote(db: Db, row: NoteRow): void {
  db.prepare(
    `INSERT INTO notes (id, client_id, appointment_id, session_date, start_time, end_time, modality, attendees,
       format, body, goal_work, checklist, feedback, rupture, created_at, updated_at)
     VALUES (@id, @clientId, @appointmentId, @sessionDate, @startTime, @endTime, @modality, @attendees,
       @format, @body, @goalWork, @checklist, @feedback, @rupture, @createdAt, @updatedAt)`,
  ).run(row);
}

export function updateNoteContent(
  db: Db,
  row: Omit<NoteRow, 'clientId' | 'appointmentId' | 'createdAt' | 'signedAt' | 'contentHash'>,
): void {
  db.prepare(
    `UPDATE notes SET session_date = @sessionDate, start_time = @startTime, end_time = @endTime,
       modality = @modality, attendees = @attendees, format = @format, body = @body, goal_work = @goalWork,
       checklist = @checklist, feedback = @feedback, rupture = @rupture, updated_at = @updatedAt
     WHERE id = @id`,
  ).run(row);
}

export function markSigned(db: Db, id: string, signedAt: string, contentHash: string): void {
  db.prepare('UPDATE notes SET signed_at = ?, content_hash = ?, updated_at = ? WHERE id = ?').run(
    signedAt,
    contentHash,
    signedAt,
    id,
  );
}

export interface AddendumRow {
  id: string;
  noteId: string;
  body: string;
  signedAt: string;
  contentHash: string;
}

export function listAddenda(db: Db, noteId: string): AddendumRow[] {
  return db
    .prepare(
      `SELECT id, note_id AS noteId, body, signed_at AS signedAt, content_hash AS contentHash
       FROM note_addenda WHERE note_id = ? ORDER BY signed_at, id`,
    )
    .all(noteId) as AddendumRow[];
}

export function listAllAddenda(db: Db): AddendumRow[] {
  return db
    .prepare(
      'SELECT id, note_id AS noteId, body, signed_at AS signedAt, content_hash AS contentHash FROM note_addenda',
    )
    .all() as AddendumRow[];
}

export function insertAddendum(db: Db, row: AddendumRow): void {
  db.prepare(
    'INSERT INTO note_addenda (id, note_id, body, signed_at, content_hash) VALUES (?, ?, ?, ?, ?)',
  ).run(row.id, row.noteId, row.body, row.signedAt, row.contentHash);
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
 * Each client's latest session with a rupture, when it was not fully resolved: the clinician's
 * list of relationships that need repair. Discharged and archived clients are left out.
 */
export function listOpenRuptures(db: Db) {
  return db
    .prepare(
      `SELECT n.id AS noteId, n.client_id AS clientId, c.chosen_name AS chosenName, n.session_date AS sessionDate,
         json_extract(n.rupture, '$.type') AS type, json_extract(n.rupture, '$.resolved') AS resolved
       FROM notes n JOIN clients c ON c.id = n.client_id
       WHERE c.status NOT IN ('discharged', 'archived')
         AND json_extract(n.rupture, '$.type') <> 'none'
         AND n.session_date = (SELECT max(m.session_date) FROM notes m
                               WHERE m.client_id = n.client_id AND json_extract(m.rupture, '$.type') <> 'none')
         AND json_extract(n.rupture, '$.resolved') <> 'yes'
       GROUP BY n.client_id
       ORDER BY n.session_date DESC`,
    )
    .all() as {
    noteId: string;
    clientId: string;
    chosenName: string;
    sessionDate: string;
    type: 'withdrawal' | 'confrontation';
    resolved: '' | 'partly' | 'no';
  }[];
}
