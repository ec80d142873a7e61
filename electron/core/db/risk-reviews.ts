import type { Answer, Judgement, SuicidalThoughts } from '../../../shared/risk/risk-contract';
import type { Db } from './connection';

export interface RiskReviewRecord {
  id: string;
  clientId: string;
  source: 'intake' | 'note' | 'measure';
  noteId: string | null;
  measureId: string | null;
  reviewedOn: string;
  suicidalThoughts: SuicidalThoughts;
  intent: Answer;
  plan: Answer;
  means: Answer;
  pastAttempts: Answer;
  selfHarm: Answer;
  harmToOthers: Answer;
  harmFromOthers: Answer;
  protectiveFactors: string;
  judgement: Judgement;
  reasons: string;
  actions: string;
  recordedAt: string;
  recordedBy: string;
  updatedAt: string;
}

/** A review as read back, with what the note it belongs to says of it. */
export type RiskReviewRow = RiskReviewRecord & {
  noteSessionDate: string | null;
  /** The measure a review followed, and the day it was completed. */
  measureInstrumentId: string | null;
  measureCompletedOn: string | null;
  /** 1 when the review can no longer change: recorded at intake, or its note is signed. */
  sealed: number;
};

// Each statement below names every column: SQL is written out in full, never assembled.

/** A client's reviews, newest first: by the day of the review, then by when it was recorded. */
export function listRiskReviews(db: Db, clientId: string): RiskReviewRow[] {
  return db
    .prepare(
      `SELECT r.id, r.client_id AS clientId, r.source, r.note_id AS noteId, r.measure_id AS measureId,
    r.reviewed_on AS reviewedOn, r.suicidal_thoughts AS suicidalThoughts, r.intent, r.plan, r.means,
    r.past_attempts AS pastAttempts, r.self_harm AS selfHarm, r.harm_to_others AS harmToOthers,
    r.harm_from_others AS harmFromOthers, r.protective_factors AS protectiveFactors, r.judgement,
    r.reasons, r.actions, r.recorded_at AS recordedAt, r.recorded_by AS recordedBy,
    r.updated_at AS updatedAt, n.session_date AS noteSessionDate,
    m.instrument_id AS measureInstrumentId, m.completed_on AS measureCompletedOn,
    (r.note_id IS NULL OR n.signed_at IS NOT NULL) AS sealed
  FROM risk_reviews r LEFT JOIN notes n ON n.id = r.note_id LEFT JOIN measures m ON m.id = r.measure_id
  WHERE r.client_id = ? ORDER BY r.reviewed_on DESC, r.recorded_at DESC, r.rowid DESC`,
    )
    .all(clientId) as RiskReviewRow[];
}

export function listNoteRiskReviews(db: Db, noteId: string): RiskReviewRow[] {
  return db
    .prepare(
      `SELECT r.id, r.client_id AS clientId, r.source, r.note_id AS noteId, r.measure_id AS measureId,
    r.reviewed_on AS reviewedOn, r.suicidal_thoughts AS suicidalThoughts, r.intent, r.plan, r.means,
    r.past_attempts AS pastAttempts, r.self_harm AS selfHarm, r.harm_to_others AS harmToOthers,
    r.harm_from_others AS harmFromOthers, r.protective_factors AS protectiveFactors, r.judgement,
    r.reasons, r.actions, r.recorded_at AS recordedAt, r.recorded_by AS recordedBy,
    r.updated_at AS updatedAt, n.session_date AS noteSessionDate,
    m.instrument_id AS measureInstrumentId, m.completed_on AS measureCompletedOn,
    (r.note_id IS NULL OR n.signed_at IS NOT NULL) AS sealed
  FROM risk_reviews r LEFT JOIN notes n ON n.id = r.note_id LEFT JOIN measures m ON m.id = r.measure_id
  WHERE r.note_id = ? ORDER BY r.recorded_at, r.rowid`,
    )
    .all(noteId) as RiskReviewRow[];
}

export function getRiskReview(db: Db, id: string): RiskReviewRow | undefined {
  return db
    .prepare(
      `SELECT r.id, r.client_id AS clientId, r.source, r.note_id AS noteId, r.measure_id AS measureId,
    r.reviewed_on AS reviewedOn, r.suicidal_thoughts AS suicidalThoughts, r.intent, r.plan, r.means,
    r.past_attempts AS pastAttempts, r.self_harm AS selfHarm, r.harm_to_others AS harmToOthers,
    r.harm_from_others AS harmFromOthers, r.protective_factors AS protectiveFactors, r.judgement,
    r.reasons, r.actions, r.recorded_at AS recordedAt, r.recorded_by AS recordedBy,
    r.updated_at AS updatedAt, n.session_date AS noteSessionDate,
    m.instrument_id AS measureInstrumentId, m.completed_on AS measureCompletedOn,
    (r.note_id IS NULL OR n.signed_at IS NOT NULL) AS sealed
  FROM risk_reviews r LEFT JOIN notes n ON n.id = r.note_id LEFT JOIN measures m ON m.id = r.measure_id
  WHERE r.id = ?`,
    )
    .get(id) as RiskReviewRow | undefined;
}

export function insertRiskReview(db: Db, review: RiskReviewRecord): void {
  db.prepare(
    `INSERT INTO risk_reviews (id, client_id, source, note_id, measure_id, reviewed_on,
       suicidal_thoughts, intent, plan, means, past_attempts, self_harm, harm_to_others,
       harm_from_others, protective_factors, judgement, reasons, actions, recorded_at, recorded_by,
       updated_at)
     VALUES (@id, @clientId, @source, @noteId, @measureId, @reviewedOn, @suicidalThoughts, @intent,
       @plan, @means, @pastAttempts, @selfHarm, @harmToOthers, @harmFromOthers, @protectiveFactors,
       @judgement, @reasons, @actions, @recordedAt, @recordedBy, @updatedAt)`,
  ).run(review);
}

/** The review's own answers; where it was recorded, and by whom, never change. */
export function updateRiskReview(
  db: Db,
  review: Omit<
    RiskReviewRecord,
    'clientId' | 'source' | 'noteId' | 'measureId' | 'recordedAt' | 'recordedBy'
  >,
): void {
  db.prepare(
    `UPDATE risk_reviews SET reviewed_on = @reviewedOn, suicidal_thoughts = @suicidalThoughts,
       intent = @intent, plan = @plan, means = @means, past_attempts = @pastAttempts,
       self_harm = @selfHarm, harm_to_others = @harmToOthers, harm_from_others = @harmFromOthers,
       protective_factors = @protectiveFactors, judgement = @judgement, reasons = @reasons,
       actions = @actions, updated_at = @updatedAt
     WHERE id = @id`,
  ).run(review);
}

export interface RiskDueRow {
  clientId: string;
  chosenName: string;
  judgement: 'moderate' | 'high';
  reviewedOn: string;
}

/**
 * Clients still in care whose latest review judged the risk high and is dated on or before
 * `highBefore`, or moderate and on or before `moderateBefore`: oldest review first.
 */
export function listRiskReviewsDue(
  db: Db,
  cutoffs: { highBefore: string; moderateBefore: string },
): RiskDueRow[] {
  return db
    .prepare(
      `WITH latest AS (
         SELECT client_id, judgement, reviewed_on,
           row_number() OVER (PARTITION BY client_id ORDER BY reviewed_on DESC, recorded_at DESC, rowid DESC) AS n
         FROM risk_reviews)
       SELECT c.id AS clientId, c.chosen_name AS chosenName, l.judgement, l.reviewed_on AS reviewedOn
       FROM latest l JOIN clients c ON c.id = l.client_id
       WHERE l.n = 1 AND c.status NOT IN ('discharged', 'archived')
         AND ((l.judgement = 'high' AND l.reviewed_on <= @highBefore)
           OR (l.judgement = 'moderate' AND l.reviewed_on <= @moderateBefore))
       ORDER BY l.reviewed_on, c.chosen_name`,
    )
    .all(cutoffs) as RiskDueRow[];
}
