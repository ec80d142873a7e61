import type { Db } from './connection';

export interface IntakeRow {
  data: string;
  revision: number;
  updatedAt: string;
}

export interface DraftRow {
  data: string;
  step: string;
  baseRevision: number;
  savedAt: string;
}

export function getIntake(db: Db, clientId: string): IntakeRow | undefined {
  return db
    .prepare('SELECT data, revision, updated_at AS updatedAt FROM intakes WHERE client_id = ?')
    .get(clientId) as IntakeRow | undefined;
}

export function writeIntake(db: Db, clientId: string, data: string, revision: number, at: string): void {
  db.prepare(
    `INSERT INTO intakes (client_id, data, revision, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET data = excluded.data, revision = excluded.revision,
       updated_at = excluded.updated_at`,
  ).run(clientId, data, revision, at);
}

export function getDraft(db: Db, clientId: string): DraftRow | undefined {
  return db
    .prepare(
      'SELECT data, step, base_revision AS baseRevision, saved_at AS savedAt FROM intake_drafts WHERE client_id = ?',
    )
    .get(clientId) as DraftRow | undefined;
}

export function writeDraft(db: Db, clientId: string, draft: DraftRow): void {
  db.prepare(
    `INSERT INTO intake_drafts (client_id, data, step, base_revision, saved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET data = excluded.data, step = excluded.step,
       base_revision = excluded.base_revision, saved_at = excluded.saved_at`,
  ).run(clientId, draft.data, draft.step, draft.baseRevision, draft.savedAt);
}

export function deleteDraft(db: Db, clientId: string): void {
  db.prepare('DELETE FROM intake_drafts WHERE client_id = ?').run(clientId);
}
