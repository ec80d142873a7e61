import type { ObjectiveReview } from '../../../shared/goals/treatment-plan-contract';
import type { Db } from './connection';

export function listObjectiveReviews(db: Db, clientId: string): ObjectiveReview[] {
  return db
    .prepare(
      `SELECT id, goal_key AS goalKey, objective_key AS objectiveKey, progress, note, reviewed_on AS reviewedOn
       FROM objective_reviews WHERE client_id = ? ORDER BY reviewed_on, id`,
    )
    .all(clientId) as ObjectiveReview[];
}

export function insertObjectiveReview(
  db: Db,
  row: Omit<ObjectiveReview, 'id'> & { clientId: string; recordedAt: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO objective_reviews (client_id, goal_key, objective_key, progress, note, reviewed_on, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        row.clientId,
        row.goalKey,
        row.objectiveKey,
        row.progress,
        row.note,
        row.reviewedOn,
        row.recordedAt,
      ).lastInsertRowid,
  );
}
