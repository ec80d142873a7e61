import type { ClientStatus } from '../../../shared/clients/client-status';
import type { Db } from './connection';

export interface ClientRow {
  id: string;
  chosenName: string;
  legalName: string;
  dateOfBirth: string;
  enquiryNote: string;
  status: ClientStatus;
  statusDate: string | null;
  statusReason: string;
  retainUntil: string | null;
  intakeCompletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClientFilter {
  /** Already folded with foldForSearch; empty matches everyone. */
  foldedSearch: string;
  statuses: readonly ClientStatus[];
}

/**
 * One statement per sort order, so every query is a fixed, parameterised string. Each client comes
 * with the last session (a signed or draft note's date, or an attended appointment) and the next
 * scheduled appointment, read from the indexes on notes and appointments.
 */
const LIST_SQL = {
  name: `SELECT id, chosen_name AS chosenName, legal_name AS legalName, date_of_birth AS dateOfBirth,
           enquiry_note AS enquiryNote, status, status_date AS statusDate, status_reason AS statusReason,
           retain_until AS retainUntil, intake_completed_at AS intakeCompletedAt, created_at AS createdAt,
           updated_at AS updatedAt,
           max(
             coalesce((SELECT max(n.session_date) FROM notes n WHERE n.client_id = clients.id), ''),
             coalesce((SELECT max(a.local_date) FROM appointments a
                       WHERE a.client_id = clients.id AND a.status = 'attended'), '')
           ) AS lastSession,
           (SELECT min(a.starts_at) FROM appointments a
            WHERE a.client_id = clients.id AND a.status = 'scheduled' AND a.starts_at >= @now) AS nextAppointmentAt
         FROM clients
         WHERE instr(search_key, @search) > 0 AND status IN (SELECT value FROM json_each(@statuses))
           AND NOT EXISTS (SELECT 1 FROM record_destructions d WHERE d.client_id = clients.id)
         ORDER BY chosen_name COLLATE NOCASE, id`,
  updated: `SELECT id, chosen_name AS chosenName, legal_name AS legalName, date_of_birth AS dateOfBirth,
           enquiry_note AS enquiryNote, status, status_date AS statusDate, status_reason AS statusReason,
           retain_until AS retainUntil, intake_completed_at AS intakeCompletedAt, created_at AS createdAt,
           updated_at AS updatedAt,
           max(
             coalesce((SELECT max(n.session_date) FROM notes n WHERE n.client_id = clients.id), ''),
             coalesce((SELECT max(a.local_date) FROM appointments a
                       WHERE a.client_id = clients.id AND a.status = 'attended'), '')
           ) AS lastSession,
           (SELECT min(a.starts_at) FROM appointments a
            WHERE a.client_id = clients.id AND a.status = 'scheduled' AND a.starts_at >= @now) AS nextAppointmentAt
         FROM clients
         WHERE instr(search_key, @search) > 0 AND status IN (SELECT value FROM json_each(@statuses))
           AND NOT EXISTS (SELECT 1 FROM record_destructions d WHERE d.client_id = clients.id)
         ORDER BY updated_at DESC, id`,
  status: `SELECT id, chosen_name AS chosenName, legal_name AS legalName, date_of_birth AS dateOfBirth,
           enquiry_note AS enquiryNote, status, status_date AS statusDate, status_reason AS statusReason,
           retain_until AS retainUntil, intake_completed_at AS intakeCompletedAt, created_at AS createdAt,
           updated_at AS updatedAt,
           max(
             coalesce((SELECT max(n.session_date) FROM notes n WHERE n.client_id = clients.id), ''),
             coalesce((SELECT max(a.local_date) FROM appointments a
                       WHERE a.client_id = clients.id AND a.status = 'attended'), '')
           ) AS lastSession,
           (SELECT min(a.starts_at) FROM appointments a
            WHERE a.client_id = clients.id AND a.status = 'scheduled' AND a.starts_at >= @now) AS nextAppointmentAt
         FROM clients
         WHERE instr(search_key, @search) > 0 AND status IN (SELECT value FROM json_each(@statuses))
           AND NOT EXISTS (SELECT 1 FROM record_destructions d WHERE d.client_id = clients.id)
         ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'paused' THEN 1 WHEN 'waitlist' THEN 2
           WHEN 'enquiry' THEN 3 WHEN 'discharged' THEN 4 ELSE 5 END, chosen_name COLLATE NOCASE, id`,
} as const;

export type ClientSort = keyof typeof LIST_SQL;

export interface ClientListRow extends ClientRow {
  lastSession: string;
  nextAppointmentAt: string | null;
}

export function listClients(db: Db, filter: ClientFilter, sort: ClientSort, now: string): ClientListRow[] {
  return db
    .prepare(LIST_SQL[sort])
    .all({ search: filter.foldedSearch, statuses: JSON.stringify(filter.statuses), now }) as ClientListRow[];
}

export function getClient(db: Db, id: string): ClientRow | undefined {
  return db
    .prepare(
      `SELECT id, chosen_name AS chosenName, legal_name AS legalName, date_of_birth AS dateOfBirth,
         enquiry_note AS enquiryNote, status, status_date AS statusDate, status_reason AS statusReason,
         retain_until AS retainUntil, intake_completed_at AS intakeCompletedAt, created_at AS createdAt,
         updated_at AS updatedAt
       FROM clients WHERE id = ?`,
    )
    .get(id) as ClientRow | undefined;
}

export function insertClient(
  db: Db,
  row: Pick<ClientRow, 'id' | 'chosenName' | 'legalName' | 'enquiryNote' | 'createdAt'> & {
    searchKey: string;
  },
): void {
  db.prepare(
    `INSERT INTO clients (id, chosen_name, legal_name, search_key, enquiry_note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.chosenName, row.legalName, row.searchKey, row.enquiryNote, row.createdAt, row.createdAt);
}

export function updateClientIdentity(
  db: Db,
  id: string,
  fields: { chosenName: string; legalName: string; dateOfBirth: string; searchKey: string; at: string },
): void {
  db.prepare(
    `UPDATE clients SET chosen_name = ?, legal_name = ?, date_of_birth = ?, search_key = ?, updated_at = ?
     WHERE id = ?`,
  ).run(fields.chosenName, fields.legalName, fields.dateOfBirth, fields.searchKey, fields.at, id);
}

export function markIntakeComplete(db: Db, id: string, at: string): void {
  db.prepare('UPDATE clients SET intake_completed_at = coalesce(intake_completed_at, ?) WHERE id = ?').run(
    at,
    id,
  );
}

export function updateClientStatus(
  db: Db,
  id: string,
  fields: {
    status: ClientStatus;
    date: string | null;
    reason: string;
    retainUntil: string | null;
    at: string;
  },
): void {
  db.prepare(
    `UPDATE clients SET status = ?, status_date = ?, status_reason = ?,
       retain_until = coalesce(?, retain_until), updated_at = ?
     WHERE id = ?`,
  ).run(fields.status, fields.date, fields.reason, fields.retainUntil, fields.at, id);
}

/** A count, never a name: `rapport info` may be pasted into a support request. */
export function countClients(db: Db): number {
  return db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
}
