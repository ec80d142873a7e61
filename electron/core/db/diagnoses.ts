import type { DiagnosisChange, DiagnosisFields } from '../../../shared/diagnoses/diagnosis-contract';
import type { Db } from './connection';

export interface DiagnosisRow extends DiagnosisFields {
  id: string;
  clientId: string;
}

/** Current diagnoses first, the primary ahead; then the rest, each group in the order recorded. */
export function listDiagnoses(db: Db, clientId: string): DiagnosisRow[] {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, system, code, title, rank, status, made_on AS madeOn,
         resolved_on AS resolvedOn, made_by AS madeBy, note
       FROM diagnoses WHERE client_id = ?
       ORDER BY status NOT IN ('provisional', 'confirmed'), rank = 'secondary', position`,
    )
    .all(clientId) as DiagnosisRow[];
}

/** What the superbill and the summary print: provisional and confirmed, primary first. */
export function currentDiagnoses(db: Db, clientId: string): { code: string; description: string }[] {
  return db
    .prepare(
      `SELECT code, title AS description FROM diagnoses
       WHERE client_id = ? AND status IN ('provisional', 'confirmed')
       ORDER BY rank = 'secondary', position`,
    )
    .all(clientId) as { code: string; description: string }[];
}

export function getDiagnosis(db: Db, id: string): DiagnosisRow | undefined {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, system, code, title, rank, status, made_on AS madeOn,
         resolved_on AS resolvedOn, made_by AS madeBy, note
       FROM diagnoses WHERE id = ?`,
    )
    .get(id) as DiagnosisRow | undefined;
}

export function insertDiagnosis(db: Db, row: DiagnosisRow, at: string): void {
  db.prepare(
    `INSERT INTO diagnoses (id, client_id, system, code, title, rank, status, made_on, resolved_on,
       made_by, note, position, created_at, updated_at)
     VALUES (@id, @clientId, @system, @code, @title, @rank, @status, @madeOn, @resolvedOn, @madeBy,
       @note, (SELECT coalesce(max(position), -1) + 1 FROM diagnoses WHERE client_id = @clientId),
       @at, @at)`,
  ).run({ ...row, at });
}

export function updateDiagnosis(db: Db, row: DiagnosisRow, at: string): void {
  db.prepare(
    `UPDATE diagnoses SET system = @system, code = @code, title = @title, rank = @rank,
       status = @status, made_on = @madeOn, resolved_on = @resolvedOn, made_by = @madeBy, note = @note,
       updated_at = @at
     WHERE id = @id`,
  ).run({ ...row, at });
}

/** The client's other current primary diagnoses (a client has one primary at a time). */
export function otherPrimaries(db: Db, clientId: string, keepId: string): string[] {
  return db
    .prepare(
      `SELECT id FROM diagnoses WHERE client_id = ? AND id <> ? AND rank = 'primary'
         AND status IN ('provisional', 'confirmed')`,
    )
    .pluck()
    .all(clientId, keepId) as string[];
}

export function makeSecondary(db: Db, id: string, at: string): void {
  db.prepare("UPDATE diagnoses SET rank = 'secondary', updated_at = ? WHERE id = ?").run(at, id);
}

export function appendDiagnosisChange(
  db: Db,
  change: Omit<DiagnosisChange, 'id'> & { diagnosisId: string },
): void {
  db.prepare(
    'INSERT INTO diagnosis_changes (diagnosis_id, at, actor, kind, changes) VALUES (?, ?, ?, ?, ?)',
  ).run(change.diagnosisId, change.at, change.actor, change.kind, JSON.stringify(change.changes));
}

export function listDiagnosisChanges(
  db: Db,
  clientId: string,
): (DiagnosisChange & { diagnosisId: string })[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.diagnosis_id AS diagnosisId, c.at, c.actor, c.kind, c.changes
       FROM diagnosis_changes c JOIN diagnoses d ON d.id = c.diagnosis_id
       WHERE d.client_id = ? ORDER BY c.id DESC`,
    )
    .all(clientId) as (Omit<DiagnosisChange, 'changes'> & { diagnosisId: string; changes: string })[];
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) }));
}
