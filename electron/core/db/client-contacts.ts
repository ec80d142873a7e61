import type { ClientContact } from '../../../shared/custodian/custodian-package';
import type { Db } from './connection';

/*
 * Every client whose record is still here, with only what it takes to get in touch: names, phone,
 * email (from the intake's identity), status and the last session. Nothing clinical is read. A
 * session is a signed note or an attended appointment, as for retention. Current clients come
 * first, then former ones, each by name; `onlyActive` keeps the clients seen now.
 */
export function clientContacts(db: Db, onlyActive = false): ClientContact[] {
  return db
    .prepare(
      `SELECT c.id, c.chosen_name AS chosenName,
         CASE WHEN c.legal_name = c.chosen_name THEN '' ELSE c.legal_name END AS legalName,
         coalesce(json_extract(i.data, '$.identity.phone'), '') AS phone,
         coalesce(json_extract(i.data, '$.identity.email'), '') AS email,
         c.status, max(
           coalesce((SELECT max(n.session_date) FROM notes n
                     WHERE n.client_id = c.id AND n.signed_at IS NOT NULL), ''),
           coalesce((SELECT max(a.local_date) FROM appointments a
                     WHERE a.client_id = c.id AND a.status = 'attended'), '')
         ) AS lastSession
       FROM clients c LEFT JOIN intakes i ON i.client_id = c.id
       WHERE NOT EXISTS (SELECT 1 FROM record_destructions d WHERE d.client_id = c.id)
         AND (@onlyActive = 0 OR c.status = 'active')
       ORDER BY c.status IN ('discharged', 'archived'), c.chosen_name COLLATE NOCASE, c.id`,
    )
    .all({ onlyActive: onlyActive ? 1 : 0 }) as ClientContact[];
}
