import type { Attendance } from '../../../shared/schedule/schedule-contract';
import type { Modality } from '../../../shared/notes/note-formats';
import type { Db } from './connection';

export interface AppointmentRow {
  id: string;
  clientId: string;
  chosenName: string;
  seriesId: string | null;
  startsAt: string;
  localDate: string;
  localTime: string;
  timeZone: string;
  durationMinutes: number;
  modality: Modality;
  location: string;
  serviceId: string | null;
  status: Attendance;
  statusReason: string;
  noteId: string | null;
  invoiced: number;
}

export function appointmentsBetween(db: Db, fromUtc: string, toUtc: string): AppointmentRow[] {
  return db
    .prepare(
      `SELECT a.id, a.client_id AS clientId, c.chosen_name AS chosenName, a.series_id AS seriesId,
    a.starts_at AS startsAt, a.local_date AS localDate, a.local_time AS localTime, a.time_zone AS timeZone,
    a.duration_minutes AS durationMinutes, a.modality, a.location, a.service_id AS serviceId, a.status,
    a.status_reason AS statusReason,
    (SELECT n.id FROM notes n WHERE n.appointment_id = a.id LIMIT 1) AS noteId,
    EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
            WHERE l.appointment_id = a.id AND i.status = 'issued') AS invoiced
  FROM appointments a JOIN clients c ON c.id = a.client_id
  WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id`,
    )
    .all(fromUtc, toUtc) as AppointmentRow[];
}

export function appointmentsForClient(db: Db, clientId: string): AppointmentRow[] {
  return db
    .prepare(
      `SELECT a.id, a.client_id AS clientId, c.chosen_name AS chosenName, a.series_id AS seriesId,
    a.starts_at AS startsAt, a.local_date AS localDate, a.local_time AS localTime, a.time_zone AS timeZone,
    a.duration_minutes AS durationMinutes, a.modality, a.location, a.service_id AS serviceId, a.status,
    a.status_reason AS statusReason,
    (SELECT n.id FROM notes n WHERE n.appointment_id = a.id LIMIT 1) AS noteId,
    EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
            WHERE l.appointment_id = a.id AND i.status = 'issued') AS invoiced
  FROM appointments a JOIN clients c ON c.id = a.client_id
  WHERE a.client_id = ? ORDER BY a.starts_at, a.id`,
    )
    .all(clientId) as AppointmentRow[];
}

export function getAppointment(db: Db, id: string): AppointmentRow | undefined {
  return db
    .prepare(
      `SELECT a.id, a.client_id AS clientId, c.chosen_name AS chosenName, a.series_id AS seriesId,
    a.starts_at AS startsAt, a.local_date AS localDate, a.local_time AS localTime, a.time_zone AS timeZone,
    a.duration_minutes AS durationMinutes, a.modality, a.location, a.service_id AS serviceId, a.status,
    a.status_reason AS statusReason,
    (SELECT n.id FROM notes n WHERE n.appointment_id = a.id LIMIT 1) AS noteId,
    EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
            WHERE l.appointment_id = a.id AND i.status = 'issued') AS invoiced
  FROM appointments a JOIN clients c ON c.id = a.client_id
  WHERE a.id = ?`,
    )
    .get(id) as AppointmentRow | undefined;
}

/** The given occurrence and every later one of its series that is still only scheduled. */
export function followingInSeries(db: Db, seriesId: string, fromStartsAt: string): AppointmentRow[] {
  return db
    .prepare(
      `SELECT a.id, a.client_id AS clientId, c.chosen_name AS chosenName, a.series_id AS seriesId,
    a.starts_at AS startsAt, a.local_date AS localDate, a.local_time AS localTime, a.time_zone AS timeZone,
    a.duration_minutes AS durationMinutes, a.modality, a.location, a.service_id AS serviceId, a.status,
    a.status_reason AS statusReason,
    (SELECT n.id FROM notes n WHERE n.appointment_id = a.id LIMIT 1) AS noteId,
    EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
            WHERE l.appointment_id = a.id AND i.status = 'issued') AS invoiced
  FROM appointments a JOIN clients c ON c.id = a.client_id
  WHERE a.series_id = ? AND a.starts_at >= ? AND a.status = 'scheduled' ORDER BY a.starts_at, a.id`,
    )
    .all(seriesId, fromStartsAt) as AppointmentRow[];
}

export function insertSeries(
  db: Db,
  row: { id: string; clientId: string; everyWeeks: number; createdAt: string },
) {
  db.prepare(
    'INSERT INTO appointment_series (id, client_id, every_weeks, created_at) VALUES (?, ?, ?, ?)',
  ).run(row.id, row.clientId, row.everyWeeks, row.createdAt);
}

export function insertAppointment(
  db: Db,
  row: Omit<AppointmentRow, 'chosenName' | 'noteId' | 'invoiced' | 'status' | 'statusReason'> & {
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO appointments (id, client_id, series_id, starts_at, local_date, local_time, time_zone,
       duration_minutes, modality, location, service_id, created_at, updated_at)
     VALUES (@id, @clientId, @seriesId, @startsAt, @localDate, @localTime, @timeZone, @durationMinutes,
       @modality, @location, @serviceId, @at, @at)`,
  ).run(row);
}

export function updateAppointment(
  db: Db,
  row: Pick<
    AppointmentRow,
    | 'id'
    | 'startsAt'
    | 'localDate'
    | 'localTime'
    | 'durationMinutes'
    | 'modality'
    | 'location'
    | 'serviceId'
    | 'seriesId'
  > & { at: string },
): void {
  db.prepare(
    `UPDATE appointments SET starts_at = @startsAt, local_date = @localDate, local_time = @localTime,
       duration_minutes = @durationMinutes, modality = @modality, location = @location,
       service_id = @serviceId, series_id = @seriesId, updated_at = @at
     WHERE id = @id`,
  ).run(row);
}

export function setAppointmentStatus(db: Db, id: string, status: string, reason: string, at: string): void {
  db.prepare('UPDATE appointments SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?').run(
    status,
    reason,
    at,
    id,
  );
}

export function linkNoteToAppointment(db: Db, noteId: string, appointmentId: string): void {
  db.prepare('UPDATE notes SET appointment_id = ? WHERE id = ? AND signed_at IS NULL').run(
    appointmentId,
    noteId,
  );
}
