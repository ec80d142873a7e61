import type { ConsentKind, ConsentSignMethod, ScanType } from '../../../shared/consent/consent-kinds';
import type { Db } from './connection';

export interface TemplateRow {
  id: string;
  kind: ConsentKind;
  number: number;
  title: string;
  body: string;
  createdAt: string;
}

/** The newest version of each kind written so far. */
export function latestTemplates(db: Db): TemplateRow[] {
  return db
    .prepare(
      `SELECT t.id, t.kind, t.number, t.title, t.body, t.created_at AS createdAt FROM consent_template_versions t
       WHERE number = (SELECT max(number) FROM consent_template_versions u WHERE u.kind = t.kind)
       ORDER BY kind`,
    )
    .all() as TemplateRow[];
}

export function getTemplate(db: Db, id: string): TemplateRow | undefined {
  return db
    .prepare(
      `SELECT id, kind, number, title, body, created_at AS createdAt FROM consent_template_versions WHERE id = ?`,
    )
    .get(id) as TemplateRow | undefined;
}

export function insertTemplate(db: Db, row: TemplateRow): void {
  db.prepare(
    `INSERT INTO consent_template_versions (id, kind, number, title, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.kind, row.number, row.title, row.body, row.createdAt);
}

export interface SignedRow {
  id: string;
  clientId: string;
  templateId: string;
  kind: ConsentKind;
  templateNumber: number;
  title: string;
  text: string;
  recipient: string;
  expiresOn: string | null;
  signedOn: string;
  method: ConsentSignMethod;
  signerName: string;
  signaturePath: string;
  scanType: ScanType | null;
  recordedAt: string;
}

/** Everything but the scan itself, which is read only when asked for. */
export function signedForClient(db: Db, clientId: string): SignedRow[] {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, template_id AS templateId, kind, template_number AS templateNumber,
         title, text, recipient, expires_on AS expiresOn, signed_on AS signedOn, method, signer_name AS signerName,
         signature AS signaturePath, scan_type AS scanType, recorded_at AS recordedAt FROM consent_documents WHERE client_id = ? ORDER BY signed_on DESC, recorded_at DESC`,
    )
    .all(clientId) as SignedRow[];
}

export function getSigned(db: Db, id: string): SignedRow | undefined {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, template_id AS templateId, kind, template_number AS templateNumber,
         title, text, recipient, expires_on AS expiresOn, signed_on AS signedOn, method, signer_name AS signerName,
         signature AS signaturePath, scan_type AS scanType, recorded_at AS recordedAt FROM consent_documents WHERE id = ?`,
    )
    .get(id) as SignedRow | undefined;
}

export function getScan(db: Db, id: string): { type: ScanType; base64: string } | undefined {
  return db
    .prepare(
      'SELECT scan_type AS type, scan AS base64 FROM consent_documents WHERE id = ? AND scan IS NOT NULL',
    )
    .get(id) as { type: ScanType; base64: string } | undefined;
}

export function hasSignedKind(db: Db, clientId: string, kind: ConsentKind): boolean {
  return (
    db
      .prepare('SELECT 1 FROM consent_documents WHERE client_id = ? AND kind = ? LIMIT 1')
      .get(clientId, kind) !== undefined
  );
}

export function insertSigned(db: Db, row: SignedRow & { scan: string | null }): void {
  db.prepare(
    `INSERT INTO consent_documents (id, client_id, template_id, kind, template_number, title, text, recipient,
       expires_on, signed_on, method, signer_name, signature, scan_type, scan, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.clientId,
    row.templateId,
    row.kind,
    row.templateNumber,
    row.title,
    row.text,
    row.recipient,
    row.expiresOn,
    row.signedOn,
    row.method,
    row.signerName,
    row.signaturePath,
    row.scanType,
    row.scan,
    row.recordedAt,
  );
}

export function getWaiver(db: Db, clientId: string): { reason: string; recordedAt: string } | undefined {
  return db
    .prepare('SELECT reason, recorded_at AS recordedAt FROM consent_waivers WHERE client_id = ?')
    .get(clientId) as { reason: string; recordedAt: string } | undefined;
}

export function writeWaiver(db: Db, clientId: string, reason: string, at: string): void {
  db.prepare(
    `INSERT INTO consent_waivers (client_id, reason, recorded_at) VALUES (?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET reason = excluded.reason, recorded_at = excluded.recorded_at`,
  ).run(clientId, reason, at);
}
