import type { Goal } from '../../../shared/goals/goal-contract';
import type { InvolvedPerson, SessionPlan } from '../../../shared/goals/treatment-plan-contract';
import type { Db } from './connection';

export interface VersionRow {
  id: string;
  number: number;
  createdAt: string;
  reviewDate: string;
  agreedOn: string | null;
  method: 'verbal' | 'typed' | 'drawn' | null;
  typedName: string;
  signaturePath: string;
  recordedAt: string | null;
  sessions: SessionPlan;
  involved: InvolvedPerson[];
}

type StoredVersion = Omit<VersionRow, 'sessions' | 'involved'> & {
  frequency: SessionPlan['frequency'];
  minutes: number;
  weeks: number;
  involved: string;
};

function decodeVersion({ frequency, minutes, weeks, involved, ...row }: StoredVersion): VersionRow {
  return { ...row, sessions: { frequency, minutes, weeks }, involved: JSON.parse(involved) };
}

/** A goal as its row holds it, decoded: the plan's goal and the version it belongs to. */
export type GoalRecord = Goal & { versionId: string };

/** A goals row as selected below, its JSON columns still text; decoded only here. */
type StoredGoal = Omit<GoalRecord, 'steps' | 'levels' | 'objectives' | 'interventions'> & {
  steps: string;
  levels: string;
  objectives: string;
  interventions: string;
};

function decodeGoal(row: StoredGoal): GoalRecord {
  return {
    ...row,
    steps: JSON.parse(row.steps),
    levels: JSON.parse(row.levels),
    objectives: JSON.parse(row.objectives),
    interventions: JSON.parse(row.interventions),
  };
}

export interface RatingRow {
  id: number;
  goalKey: string;
  rater: 'client' | 'clinician';
  level: number;
  ratedOn: string;
  comment: string;
  noteId: string | null;
}

export interface StatusRow {
  goalKey: string;
  status: 'active' | 'achieved' | 'discontinued';
  reason: string;
  date: string;
}

export function listVersions(db: Db, clientId: string): VersionRow[] {
  const rows = db
    .prepare(
      `SELECT id, number, created_at AS createdAt, review_date AS reviewDate, agreed_on AS agreedOn,
         agreement_method AS method, agreement_typed_name AS typedName, agreement_signature AS signaturePath,
         agreement_recorded_at AS recordedAt, session_frequency AS frequency, session_minutes AS minutes,
         expected_weeks AS weeks, involved
       FROM plan_versions WHERE client_id = ? ORDER BY number DESC`,
    )
    .all(clientId) as StoredVersion[];
  return rows.map(decodeVersion);
}

export function versionOwner(
  db: Db,
  versionId: string,
): { clientId: string; agreedOn: string | null } | undefined {
  return db
    .prepare('SELECT client_id AS clientId, agreed_on AS agreedOn FROM plan_versions WHERE id = ?')
    .get(versionId) as { clientId: string; agreedOn: string | null } | undefined;
}

export function listGoals(db: Db, clientId: string): GoalRecord[] {
  const rows = db
    .prepare(
      `SELECT g.id, g.version_id AS versionId, g.goal_key AS goalKey, g.position, g.client_words AS clientWords,
         g.clinician_framing AS clinicianFraming, g.why_it_matters AS whyItMatters,
         g.linked_concern AS linkedConcern, g.strengths, g.steps, g.target_date AS targetDate, g.weight,
         g.levels, g.baseline, g.objectives, g.interventions
       FROM goals g JOIN plan_versions v ON v.id = g.version_id
       WHERE v.client_id = ? ORDER BY v.number DESC, g.position`,
    )
    .all(clientId) as StoredGoal[];
  return rows.map(decodeGoal);
}

export function insertVersion(
  db: Db,
  row: { id: string; clientId: string; number: number; createdAt: string; reviewDate: string },
): void {
  db.prepare(
    'INSERT INTO plan_versions (id, client_id, number, created_at, review_date) VALUES (?, ?, ?, ?, ?)',
  ).run(row.id, row.clientId, row.number, row.createdAt, row.reviewDate);
}

/** The parts of a version written with the goals: its review date, sessions and who is involved. */
export function setVersionDetails(
  db: Db,
  versionId: string,
  details: { reviewDate: string; sessions: SessionPlan; involved: InvolvedPerson[] },
): void {
  db.prepare(
    `UPDATE plan_versions SET review_date = ?, session_frequency = ?, session_minutes = ?, expected_weeks = ?,
       involved = ?
     WHERE id = ?`,
  ).run(
    details.reviewDate,
    details.sessions.frequency,
    details.sessions.minutes,
    details.sessions.weeks,
    JSON.stringify(details.involved),
    versionId,
  );
}

export function deleteGoalsOfVersion(db: Db, versionId: string): void {
  db.prepare('DELETE FROM goals WHERE version_id = ?').run(versionId);
}

export function insertGoal(db: Db, goal: GoalRecord): void {
  db.prepare(
    `INSERT INTO goals (id, version_id, goal_key, position, client_words, clinician_framing, why_it_matters,
       linked_concern, strengths, steps, target_date, weight, levels, baseline, objectives, interventions)
     VALUES (@id, @versionId, @goalKey, @position, @clientWords, @clinicianFraming, @whyItMatters,
       @linkedConcern, @strengths, @steps, @targetDate, @weight, @levels, @baseline, @objectives,
       @interventions)`,
  ).run({
    ...goal,
    steps: JSON.stringify(goal.steps),
    levels: JSON.stringify(goal.levels),
    objectives: JSON.stringify(goal.objectives),
    interventions: JSON.stringify(goal.interventions),
  });
}

export function recordAgreement(
  db: Db,
  versionId: string,
  agreement: {
    agreedOn: string;
    method: string;
    typedName: string;
    signaturePath: string;
    recordedAt: string;
  },
): void {
  db.prepare(
    `UPDATE plan_versions SET agreed_on = ?, agreement_method = ?, agreement_typed_name = ?,
       agreement_signature = ?, agreement_recorded_at = ?
     WHERE id = ?`,
  ).run(
    agreement.agreedOn,
    agreement.method,
    agreement.typedName,
    agreement.signaturePath,
    agreement.recordedAt,
    versionId,
  );
}

export function listRatings(db: Db, clientId: string): RatingRow[] {
  return db
    .prepare(
      `SELECT id, goal_key AS goalKey, rater, level, rated_on AS ratedOn, comment, note_id AS noteId
       FROM goal_ratings WHERE client_id = ? ORDER BY rated_on, id`,
    )
    .all(clientId) as RatingRow[];
}

export function insertRating(
  db: Db,
  row: Omit<RatingRow, 'id'> & { clientId: string; recordedAt: string },
): void {
  db.prepare(
    `INSERT INTO goal_ratings (client_id, goal_key, rater, level, rated_on, comment, note_id, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.clientId,
    row.goalKey,
    row.rater,
    row.level,
    row.ratedOn,
    row.comment,
    row.noteId,
    row.recordedAt,
  );
}

export function listStatusEvents(db: Db, clientId: string): StatusRow[] {
  return db
    .prepare(
      `SELECT goal_key AS goalKey, status, reason, date FROM goal_status_events
       WHERE client_id = ? ORDER BY date, id`,
    )
    .all(clientId) as StatusRow[];
}

export function insertStatusEvent(db: Db, row: StatusRow & { clientId: string; recordedAt: string }): void {
  db.prepare(
    `INSERT INTO goal_status_events (client_id, goal_key, status, reason, date, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(row.clientId, row.goalKey, row.status, row.reason, row.date, row.recordedAt);
}

/** The newest version (agreed or still being written) of each client whose review falls on or before the day. */
export function listReviewsDue(db: Db, onOrBefore: string) {
  return db
    .prepare(
      `SELECT c.id AS clientId, c.chosen_name AS chosenName, v.review_date AS reviewDate
       FROM plan_versions v JOIN clients c ON c.id = v.client_id
       WHERE v.number = (SELECT max(number) FROM plan_versions WHERE client_id = v.client_id)
         AND v.review_date <> '' AND v.review_date <= ?
         AND c.status IN ('active', 'paused', 'waitlist', 'enquiry')
       ORDER BY v.review_date, c.chosen_name`,
    )
    .all(onOrBefore) as { clientId: string; chosenName: string; reviewDate: string }[];
}
