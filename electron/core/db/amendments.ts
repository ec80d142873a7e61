import type { Db } from './connection';

export interface AmendmentRow {
  id: string;
  clientId: string;
  receivedOn: string;
  recordPart: string;
  requestedChange: string;
  reason: string;
  extendedOn: string | null;
  extensionReason: string;
  clientToldOn: string | null;
  decision: 'accepted' | 'denied' | null;
  decidedOn: string | null;
  denialReason: string;
  disagreement: string;
  disagreementOn: string | null;
  rebuttal: string;
  rebuttalOn: string | null;
}

export interface AmendmentNoteRow {
  requestId: string;
  noteId: string;
  sessionDate: string;
  addendumId: string | null;
}

export function getAmendment(db: Db, id: string): AmendmentRow | undefined {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, received_on AS receivedOn, record_part AS recordPart,
  requested_change AS requestedChange, reason, extended_on AS extendedOn,
  extension_reason AS extensionReason, client_told_on AS clientToldOn, decision, decided_on AS decidedOn,
  denial_reason AS denialReason, disagreement, disagreement_on AS disagreementOn, rebuttal,
  rebuttal_on AS rebuttalOn FROM amendment_requests WHERE id = ?`,
    )
    .get(id) as AmendmentRow | undefined;
}

export function amendmentsForClient(db: Db, clientId: string): AmendmentRow[] {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, received_on AS receivedOn, record_part AS recordPart,
  requested_change AS requestedChange, reason, extended_on AS extendedOn,
  extension_reason AS extensionReason, client_told_on AS clientToldOn, decision, decided_on AS decidedOn,
  denial_reason AS denialReason, disagreement, disagreement_on AS disagreementOn, rebuttal,
  rebuttal_on AS rebuttalOn FROM amendment_requests WHERE client_id = ? ORDER BY received_on DESC, created_at DESC`,
    )
    .all(clientId) as AmendmentRow[];
}

export function amendmentsForNote(db: Db, noteId: string): AmendmentRow[] {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, received_on AS receivedOn, record_part AS recordPart,
  requested_change AS requestedChange, reason, extended_on AS extendedOn,
  extension_reason AS extensionReason, client_told_on AS clientToldOn, decision, decided_on AS decidedOn,
  denial_reason AS denialReason, disagreement, disagreement_on AS disagreementOn, rebuttal,
  rebuttal_on AS rebuttalOn FROM amendment_requests
       WHERE id IN (SELECT request_id FROM amendment_request_notes WHERE note_id = ?)
       ORDER BY received_on DESC, created_at DESC`,
    )
    .all(noteId) as AmendmentRow[];
}

/** Undecided requests with the client's chosen name, oldest first (the service works out the clock). */
export function openAmendments(db: Db): (AmendmentRow & { chosenName: string })[] {
  return db
    .prepare(
      `SELECT a.id, a.client_id AS clientId, a.received_on AS receivedOn, a.extended_on AS extendedOn,
         c.chosen_name AS chosenName
       FROM amendment_requests a JOIN clients c ON c.id = a.client_id
       WHERE a.decision IS NULL ORDER BY a.received_on, a.id`,
    )
    .all() as (AmendmentRow & { chosenName: string })[];
}

export function amendmentNotes(db: Db, requestId: string): AmendmentNoteRow[] {
  return db
    .prepare(
      `SELECT l.request_id AS requestId, l.note_id AS noteId, n.session_date AS sessionDate,
         l.addendum_id AS addendumId
       FROM amendment_request_notes l JOIN notes n ON n.id = l.note_id
       WHERE l.request_id = ? ORDER BY n.session_date, n.id`,
    )
    .all(requestId) as AmendmentNoteRow[];
}

export function insertAmendment(
  db: Db,
  row: Pick<AmendmentRow, 'id' | 'clientId' | 'receivedOn' | 'recordPart' | 'requestedChange' | 'reason'> & {
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO amendment_requests (id, client_id, received_on, record_part, requested_change, reason,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.clientId,
    row.receivedOn,
    row.recordPart,
    row.requestedChange,
    row.reason,
    row.at,
    row.at,
  );
}

export function linkAmendmentNote(db: Db, requestId: string, noteId: string): void {
  db.prepare('INSERT INTO amendment_request_notes (request_id, note_id) VALUES (?, ?)').run(
    requestId,
    noteId,
  );
}

export function setAmendmentAddendum(db: Db, requestId: string, noteId: string, addendumId: string): void {
  db.prepare('UPDATE amendment_request_notes SET addendum_id = ? WHERE request_id = ? AND note_id = ?').run(
    addendumId,
    requestId,
    noteId,
  );
}

export function extendAmendment(
  db: Db,
  id: string,
  extension: { extendedOn: string; reason: string; clientToldOn: string; at: string },
): void {
  db.prepare(
    `UPDATE amendment_requests SET extended_on = ?, extension_reason = ?, client_told_on = ?, updated_at = ?
     WHERE id = ?`,
  ).run(extension.extendedOn, extension.reason, extension.clientToldOn, extension.at, id);
}

export function decideAmendment(
  db: Db,
  id: string,
  decision: {
    outcome: 'accepted' | 'denied';
    decidedOn: string;
    denialReason: string;
    disagreement: string;
    disagreementOn: string | null;
    rebuttal: string;
    rebuttalOn: string | null;
    at: string;
  },
): void {
  db.prepare(
    `UPDATE amendment_requests SET decision = ?, decided_on = ?, denial_reason = ?, disagreement = ?,
       disagreement_on = ?, rebuttal = ?, rebuttal_on = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    decision.outcome,
    decision.decidedOn,
    decision.denialReason,
    decision.disagreement,
    decision.disagreementOn,
    decision.rebuttal,
    decision.rebuttalOn,
    decision.at,
    id,
  );
}

/** The client's statement of disagreement that came after the denial (the trigger allows it once). */
export function addAmendmentDisagreement(
  db: Db,
  id: string,
  statement: { text: string; on: string; at: string },
): void {
  db.prepare(
    'UPDATE amendment_requests SET disagreement = ?, disagreement_on = ?, updated_at = ? WHERE id = ?',
  ).run(statement.text, statement.on, statement.at, id);
}

/** The clinician's rebuttal of a statement already kept (the trigger allows it once). */
export function addAmendmentRebuttal(
  db: Db,
  id: string,
  rebuttal: { text: string; on: string; at: string },
): void {
  db.prepare('UPDATE amendment_requests SET rebuttal = ?, rebuttal_on = ?, updated_at = ? WHERE id = ?').run(
    rebuttal.text,
    rebuttal.on,
    rebuttal.at,
    id,
  );
}
