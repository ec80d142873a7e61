import type { Db } from './connection';

/*
 * A service is a session that happened and was recorded: a signed note, or an appointment marked
 * attended. A draft note is not yet a record of anything; a cancellation or no-show is no service.
 */
export interface RetentionFacts {
  id: string;
  chosenName: string;
  status: string;
  dateOfBirth: string;
  /** The day the record was opened, for a client who never had a service. */
  createdAt: string;
  /** '' when there was never a service. */
  lastService: string;
}

export function retentionFacts(db: Db, clientId: string): RetentionFacts | undefined {
  return db
    .prepare(
      `SELECT c.id, c.chosen_name AS chosenName, c.status, c.date_of_birth AS dateOfBirth,
         c.created_at AS createdAt, max(
           coalesce((SELECT max(n.session_date) FROM notes n
                     WHERE n.client_id = c.id AND n.signed_at IS NOT NULL), ''),
           coalesce((SELECT max(a.local_date) FROM appointments a
                     WHERE a.client_id = c.id AND a.status = 'attended'), '')
         ) AS lastService
       FROM clients c WHERE c.id = ?`,
    )
    .get(clientId) as RetentionFacts | undefined;
}

/** Discharged and archived clients whose record is still here: those a retention date can come due for. */
export function closedClientFacts(db: Db): RetentionFacts[] {
  return db
    .prepare(
      `SELECT c.id, c.chosen_name AS chosenName, c.status, c.date_of_birth AS dateOfBirth,
         c.created_at AS createdAt, max(
           coalesce((SELECT max(n.session_date) FROM notes n
                     WHERE n.client_id = c.id AND n.signed_at IS NOT NULL), ''),
           coalesce((SELECT max(a.local_date) FROM appointments a
                     WHERE a.client_id = c.id AND a.status = 'attended'), '')
         ) AS lastService
       FROM clients c
       WHERE c.status IN ('discharged', 'archived')
         AND NOT EXISTS (SELECT 1 FROM record_destructions d WHERE d.client_id = c.id)
       ORDER BY c.chosen_name COLLATE NOCASE, c.id`,
    )
    .all() as RetentionFacts[];
}
