import type { Db } from './connection';

export interface ClientRow {
  id: string;
  displayName: string;
  status: string;
}

export function listClients(db: Db): ClientRow[] {
  return db
    .prepare(
      `SELECT id, chosen_name AS displayName, status FROM clients
       WHERE status <> 'archived' ORDER BY chosen_name COLLATE NOCASE`,
    )
    .all() as ClientRow[];
}
