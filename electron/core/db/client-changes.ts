import type { ClientChange } from '../../../shared/clients/client-contract';
import type { Db } from './connection';

export function appendChange(db: Db, change: Omit<ClientChange, 'id'> & { clientId: string }): void {
  db.prepare('INSERT INTO client_changes (client_id, at, actor, kind, changes) VALUES (?, ?, ?, ?, ?)').run(
    change.clientId,
    change.at,
    change.actor,
    change.kind,
    JSON.stringify(change.changes),
  );
}

export function listChanges(db: Db, clientId: string): ClientChange[] {
  const rows = db
    .prepare('SELECT id, at, actor, kind, changes FROM client_changes WHERE client_id = ? ORDER BY id DESC')
    .all(clientId) as (Omit<ClientChange, 'changes'> & { changes: string })[];
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) }));
}
