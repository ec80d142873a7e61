import type { Cadence } from '../../../shared/measures/measure-due';
import type { Db } from './connection';

export interface MeasureRecord {
  id: string;
  clientId: string;
  instrumentId: string;
  instrumentVersion: string;
  /** The answers as JSON: an array of numbers in the instrument's order. */
  answers: string;
  total: number;
  band: string;
  riskRaised: number;
  completedOn: string;
  completedBy: 'client' | 'clinician';
  recordedAt: string;
  recordedBy: string;
  noteId: string | null;
  supersedesId: string | null;
  correctionReason: string | null;
}

export type MeasureRow = MeasureRecord & { supersededBy: string | null; riskOpen: number };

// Each statement below names every column: SQL is written out in full, never assembled.

/**
 * A risk item answered above zero stays open until a risk review of the client is recorded on or
 * after the day the measure was completed.
 */
export function listMeasures(db: Db, clientId: string): MeasureRow[] {
  return db
    .prepare(
      `SELECT m.id, m.client_id AS clientId, m.instrument_id AS instrumentId,
    m.instrument_version AS instrumentVersion, m.answers, m.total, m.band, m.risk_raised AS riskRaised,
    m.completed_on AS completedOn, m.completed_by AS completedBy, m.recorded_at AS recordedAt,
    m.recorded_by AS recordedBy, m.note_id AS noteId, m.supersedes_id AS supersedesId,
    m.correction_reason AS correctionReason, s.id AS supersededBy,
    (m.risk_raised = 1 AND NOT EXISTS (SELECT 1 FROM risk_reviews r
      WHERE r.client_id = m.client_id AND r.reviewed_on >= m.completed_on)) AS riskOpen
  FROM measures m LEFT JOIN measures s ON s.supersedes_id = m.id
  WHERE m.client_id = ? ORDER BY m.completed_on, m.recorded_at, m.rowid`,
    )
    .all(clientId) as MeasureRow[];
}

export function getMeasure(db: Db, id: string): MeasureRow | undefined {
  return db
    .prepare(
      `SELECT m.id, m.client_id AS clientId, m.instrument_id AS instrumentId,
    m.instrument_version AS instrumentVersion, m.answers, m.total, m.band, m.risk_raised AS riskRaised,
    m.completed_on AS completedOn, m.completed_by AS completedBy, m.recorded_at AS recordedAt,
    m.recorded_by AS recordedBy, m.note_id AS noteId, m.supersedes_id AS supersedesId,
    m.correction_reason AS correctionReason, s.id AS supersededBy,
    (m.risk_raised = 1 AND NOT EXISTS (SELECT 1 FROM risk_reviews r
      WHERE r.client_id = m.client_id AND r.reviewed_on >= m.completed_on)) AS riskOpen
  FROM measures m LEFT JOIN measures s ON s.supersedes_id = m.id
  WHERE m.id = ?`,
    )
    .get(id) as MeasureRow | undefined;
}

export function insertMeasure(db: Db, measure: MeasureRecord): void {
  db.prepare(
    `INSERT INTO measures (id, client_id, instrument_id, instrument_version, answers, total, band,
       risk_raised, completed_on, completed_by, recorded_at, recorded_by, note_id, supersedes_id,
       correction_reason)
     VALUES (@id, @clientId, @instrumentId, @instrumentVersion, @answers, @total, @band, @riskRaised,
       @completedOn, @completedBy, @recordedAt, @recordedBy, @noteId, @supersedesId, @correctionReason)`,
  ).run(measure);
}

export interface ScheduleRow {
  clientId: string;
  instrumentId: string;
  cadence: Cadence;
  startOn: string;
  active: number;
}

export function listSchedules(db: Db, clientId: string): ScheduleRow[] {
  return db
    .prepare(
      `SELECT client_id AS clientId, instrument_id AS instrumentId, cadence, start_on AS startOn, active
  FROM measure_schedules WHERE client_id = ? ORDER BY instrument_id`,
    )
    .all(clientId) as ScheduleRow[];
}

export function upsertSchedule(db: Db, schedule: ScheduleRow & { updatedAt: string }): void {
  db.prepare(
    `INSERT INTO measure_schedules (client_id, instrument_id, cadence, start_on, active, updated_at)
     VALUES (@clientId, @instrumentId, @cadence, @startOn, @active, @updatedAt)
     ON CONFLICT (client_id, instrument_id) DO UPDATE SET cadence = excluded.cadence,
       start_on = excluded.start_on, active = excluded.active, updated_at = excluded.updated_at`,
  ).run(schedule);
}

/** An active schedule with what deciding whether it is due needs to know of the client. */
export interface ScheduleFactsRow extends ScheduleRow {
  chosenName: string;
  status: string;
  statusDate: string | null;
  /** The day of the latest completion of the instrument that no correction replaced. */
  lastCompletedOn: string | null;
  /** 1 when the client has an appointment (not cancelled) or a note on `today`. */
  sessionToday: number;
}

export function listScheduleFacts(db: Db, clientId: string, today: string): ScheduleFactsRow[] {
  return db
    .prepare(
      `SELECT s.client_id AS clientId, s.instrument_id AS instrumentId, s.cadence,
    s.start_on AS startOn, s.active, c.chosen_name AS chosenName, c.status, c.status_date AS statusDate,
    (SELECT max(m.completed_on) FROM measures m WHERE m.client_id = s.client_id
      AND m.instrument_id = s.instrument_id
      AND NOT EXISTS (SELECT 1 FROM measures c WHERE c.supersedes_id = m.id)) AS lastCompletedOn,
    (EXISTS (SELECT 1 FROM appointments a WHERE a.client_id = s.client_id AND a.local_date = @today
        AND a.status IN ('scheduled', 'attended'))
      OR EXISTS (SELECT 1 FROM notes n WHERE n.client_id = s.client_id AND n.session_date = @today))
      AS sessionToday
  FROM measure_schedules s JOIN clients c ON c.id = s.client_id
  WHERE s.client_id = @clientId AND s.active = 1 ORDER BY s.instrument_id`,
    )
    .all({ clientId, today }) as ScheduleFactsRow[];
}

/** Every active schedule of a client still in care (not archived), for Home. */
export function listAllScheduleFacts(db: Db, today: string): ScheduleFactsRow[] {
  return db
    .prepare(
      `SELECT s.client_id AS clientId, s.instrument_id AS instrumentId, s.cadence,
    s.start_on AS startOn, s.active, c.chosen_name AS chosenName, c.status, c.status_date AS statusDate,
    (SELECT max(m.completed_on) FROM measures m WHERE m.client_id = s.client_id
      AND m.instrument_id = s.instrument_id
      AND NOT EXISTS (SELECT 1 FROM measures c WHERE c.supersedes_id = m.id)) AS lastCompletedOn,
    (EXISTS (SELECT 1 FROM appointments a WHERE a.client_id = s.client_id AND a.local_date = @today
        AND a.status IN ('scheduled', 'attended'))
      OR EXISTS (SELECT 1 FROM notes n WHERE n.client_id = s.client_id AND n.session_date = @today))
      AS sessionToday
  FROM measure_schedules s JOIN clients c ON c.id = s.client_id
  WHERE s.active = 1 AND c.status <> 'archived' ORDER BY c.chosen_name, s.instrument_id`,
    )
    .all({ today }) as ScheduleFactsRow[];
}

export interface RiskFlagRow {
  clientId: string;
  chosenName: string;
  measureId: string;
  instrumentId: string;
  completedOn: string;
  answers: string;
}

/** Raised risk items with no risk review since, on entries no correction replaced. */
export function listOpenRiskFlags(db: Db): RiskFlagRow[] {
  return db
    .prepare(
      `SELECT m.client_id AS clientId, c.chosen_name AS chosenName, m.id AS measureId,
    m.instrument_id AS instrumentId, m.completed_on AS completedOn, m.answers
  FROM measures m JOIN clients c ON c.id = m.client_id
  WHERE m.risk_raised = 1 AND c.status <> 'archived'
    AND NOT EXISTS (SELECT 1 FROM measures s WHERE s.supersedes_id = m.id)
    AND NOT EXISTS (SELECT 1 FROM risk_reviews r
      WHERE r.client_id = m.client_id AND r.reviewed_on >= m.completed_on)
  ORDER BY m.completed_on, c.chosen_name`,
    )
    .all() as RiskFlagRow[];
}
