import type { Db } from './connection';

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string;
  /** Ids and reasons only, never clinical text. */
  detail?: string;
}

export function appendAudit(db: Db, entry: AuditEntry, at = new Date()): void {
  db.prepare('INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)').run(
    at.toISOString(),
    entry.action,
    entry.entity ?? null,
    entry.entityId ?? null,
    entry.detail ?? null,
  );
}

export function listAudit(db: Db, limit = 100) {
  return db
    .prepare(
      'SELECT id, at, action, entity, entity_id AS entityId, detail FROM audit_log ORDER BY id DESC LIMIT ?',
    )
    .all(limit) as ({ id: number; at: string } & AuditEntry)[];
}
