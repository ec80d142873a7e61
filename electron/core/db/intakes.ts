import type { Db } from './connection';

/**
 * An intake as saved, decoded but not checked: it passed the rules of the version that saved it,
 * which may be older than this one (the clients feature reads it into today's shape).
 */
export interface IntakeRecord {
  data: unknown;
  revision: number;
  updatedAt: string;
}

export interface DraftRecord {
  data: unknown;
  step: string;
  baseRevision: number;
  savedAt: string;
}

export function getIntake(db: Db, clientId: string): IntakeRecord | undefined {
  const row = db
    .prepare('SELECT data, revision, updated_at AS updatedAt FROM intakes WHERE client_id = ?')
    .get(clientId) as (Omit<IntakeRecord, 'data'> & { data: string }) | undefined;
  return row && { ...row, data: JSON.parse(row.data) };
}

export function writeIntake(db: Db, clientId: string, data: unknown, revision: number, at: string): void {
  db.prepare(
    `INSERT INTO intakes (client_id, data, revision, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET data = excluded.data, revision = excluded.revision,
       updated_at = excluded.updated_at`,
  ).run(clientId, JSON.stringify(data), revision, at);
}

export function getDraft(db: Db, clientId: string): DraftRecord | undefined {
  const row = db
    .prepare(
      'SELECT data, step, base_revision AS baseRevision, saved_at AS savedAt FROM intake_drafts WHERE client_id = ?',
    )
    .get(clientId) as (Omit<DraftRecord, 'data'> & { data: string }) | undefined;
  return row && { ...row, data: JSON.parse(row.data) };
}

export function writeDraft(db: Db, clientId: string, draft: DraftRecord): void {
  db.prepare(
    `INSERT INTO intake_drafts (client_id, data, step, base_revision, saved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET data = excluded.data, step = excluded.step,
       base_revision = excluded.base_revision, saved_at = excluded.saved_at`,
  ).run(clientId, JSON.stringify(draft.data), draft.step, draft.baseRevision, draft.savedAt);
}

export function deleteDraft(db: Db, clientId: string): void {
  db.prepare('DELETE FROM intake_drafts WHERE client_id = ?').run(clientId);
}
