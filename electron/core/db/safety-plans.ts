import type { Agreement } from '../../../shared/agreement/agreement-contract';
import type { Db } from './connection';

export interface SafetyPlanRow {
  id: string;
  clientId: string;
  number: number;
  createdAt: string;
  updatedAt: string;
  /** The sections as stored: JSON text, decoded and checked by the service. */
  sections: string;
  agreedOn: string | null;
  method: Agreement['method'] | null;
  typedName: string;
  signaturePath: string;
  recordedAt: string | null;
}

export function listSafetyPlanVersions(db: Db, clientId: string): SafetyPlanRow[] {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, number, created_at AS createdAt, updated_at AS updatedAt, sections,
         agreed_on AS agreedOn, agreement_method AS method, agreement_typed_name AS typedName,
         agreement_signature AS signaturePath, agreement_recorded_at AS recordedAt
       FROM safety_plan_versions WHERE client_id = ? ORDER BY number DESC`,
    )
    .all(clientId) as SafetyPlanRow[];
}

export function getSafetyPlanVersion(db: Db, versionId: string): SafetyPlanRow | undefined {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, number, created_at AS createdAt, updated_at AS updatedAt, sections,
         agreed_on AS agreedOn, agreement_method AS method, agreement_typed_name AS typedName,
         agreement_signature AS signaturePath, agreement_recorded_at AS recordedAt
       FROM safety_plan_versions WHERE id = ?`,
    )
    .get(versionId) as SafetyPlanRow | undefined;
}

export function insertSafetyPlanVersion(
  db: Db,
  row: { id: string; clientId: string; number: number; at: string; sections: string },
): void {
  db.prepare(
    `INSERT INTO safety_plan_versions (id, client_id, number, created_at, updated_at, sections)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.clientId, row.number, row.at, row.at, row.sections);
}

export function updateSafetyPlanSections(db: Db, versionId: string, sections: string, at: string): void {
  db.prepare('UPDATE safety_plan_versions SET sections = ?, updated_at = ? WHERE id = ?').run(
    sections,
    at,
    versionId,
  );
}

export function recordSafetyPlanAgreement(db: Db, versionId: string, agreement: Agreement): void {
  db.prepare(
    `UPDATE safety_plan_versions SET agreed_on = ?, agreement_method = ?, agreement_typed_name = ?,
       agreement_signature = ?, agreement_recorded_at = ?
     WHERE id = ?`,
  ).run(
    agreement.agreedOn,
    agreement.method,
    agreement.typedName,
    agreement.signaturePath,
    agreement.recordedAt,
    versionId,
  );
}
