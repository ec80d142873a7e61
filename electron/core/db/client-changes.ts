import type { Db } from './connection';

export interface ChangeRow {
  id: number;
  at: string;
  actor: string;
  kind: string;
  changes: string;
}

export function appendChange(
  db: Db,
  change: { clientId: string; at: string; actor: string; kind: string; changes: string },
): void {
  db.prepare('INSERT INTO client_changes (client_id, at, actor, kind, changes) VALUES (?, ?, ?, ?, ?)').run(
    change.clientId,
    change.at,
    change.actor,
    change.kind,
    change.changes,
  );
}

export function listChanges(db: Db, clientId: string): ChangeRow[] {
  return db
    .prepare('SELECT id, at, actor, kind, changes FROM client_changes WHERE client_id = ? ORDER BY id DESC')
    .all(clientId) as ChangeRow[];
}
