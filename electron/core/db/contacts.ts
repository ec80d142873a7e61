import type { Db } from './connection';

export interface ContactFacts {
  chosenName: string;
  legalName: string;
  status: string;
  /** The intake's phone and email, '' when there is no intake or they were left empty. */
  phone: string;
  email: string;
  /** The last signed note's session or attended appointment; '' when there was none. */
  lastSession: string;
}

/**
 * Every client still on record (a destroyed record is not a contact), by name: who they are, how to
 * reach them, whether they are seen now and when they last were. Nothing clinical is read.
 */
export function contactFacts(db: Db, onlyActive: boolean): ContactFacts[] {
  return db
    .prepare(
      `SELECT c.chosen_name AS chosenName, c.legal_name AS legalName, c.status,
         coalesce(json_extract(i.data, '$.identity.phone'), '') AS phone,
         coalesce(json_extract(i.data, '$.identity.email'), '') AS email,
         max(
           coalesce((SELECT max(n.session_date) FROM notes n
                     WHERE n.client_id = c.id AND n.signed_at IS NOT NULL), ''),
           coalesce((SELECT max(a.local_date) FROM appointments a
                     WHERE a.client_id = c.id AND a.status = 'attended'), '')
         ) AS lastSession
       FROM clients c LEFT JOIN intakes i ON i.client_id = c.id
       WHERE NOT EXISTS (SELECT 1 FROM record_destructions d WHERE d.client_id = c.id)
         AND (@onlyActive = 0 OR c.status = 'active')
       ORDER BY c.chosen_name COLLATE NOCASE, c.id`,
    )
    .all({ onlyActive: onlyActive ? 1 : 0 }) as ContactFacts[];
}
