import { rmSync } from 'node:fs';
import { exportDocument, type ExportDocument } from '../../../../shared/export/export-format';
import { estimatePassphraseStrength } from '../../../../shared/vault/estimate-passphrase-strength';
import { verifyAuditChain } from '../../db/audit-chain';
import { appendAudit, auditHead } from '../../db/audit';
import { anchorKey, writeAnchor } from '../../vault/audit-anchor';
import {
  deleteAllRows,
  dropTriggers,
  foreignKeyViolations,
  insertRows,
  restoreTriggers,
  tableShapes,
} from '../../db/export';
import { checkpoint, deferForeignKeys } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { writeSetting } from '../../db/settings';
import { AppError } from '../../base/app-error';
import type { KdfParams } from '../../vault/key-file';
import { createVault } from '../../vault/vault';

/**
 * Reads an open export into a new vault: the way back from the JSON, and the proof that the
 * export holds everything. Rows go in as they were (ids, timestamps, signatures, the audit chain),
 * so the triggers that guard signed notes and history are set aside for the load and put back;
 * the result must then pass the foreign-key check and the audit chain, or nothing is kept.
 */
export async function importVault(
  dir: string,
  passphrase: string,
  text: string,
  options: { kdf?: KdfParams } = {},
): Promise<{ recoveryKey: string; tables: Record<string, number> }> {
  const document = parseDocument(text);
  if (!(await estimatePassphraseStrength(passphrase)).acceptable) {
    throw new AppError('VALIDATION', 'That passphrase is too easy to guess.');
  }
  // The new vault's trail is anchored as soon as it holds the export's entries.
  const anchor: { key: Buffer | null } = { key: null };
  const created = await createVault(dir, passphrase, {
    ...options,
    keepKey: (key) => (anchor.key = anchorKey(key)),
  });
  const { db } = created;
  try {
    const shapes = new Map(tableShapes(db).map((shape) => [shape.name, shape]));
    const plan = Object.entries(document.tables).map(([name, table]) => {
      const shape = shapes.get(name);
      if (!shape)
        throw new AppError('VALIDATION', `The export has a table this Rapport does not know: ${name}.`);
      const columns = shape.columns.map((column) => column.name);
      const given = table.columns.map((column) => column.name);
      if (given.length !== columns.length || given.some((column) => !columns.includes(column))) {
        throw new AppError('VALIDATION', `The columns of ${name} in the export do not match this Rapport's.`);
      }
      return { name, columns, rows: table.rows };
    });
    db.transaction(() => {
      deferForeignKeys(db);
      const triggers = dropTriggers(db);
      for (const table of plan) {
        // A new vault starts with a few rows of its own (the default checklist): the export's replace them.
        deleteAllRows(db, table.name);
        insertRows(db, table.name, table.columns, table.rows);
      }
      restoreTriggers(db, triggers);
      if (foreignKeyViolations(db) > 0) {
        throw new AppError('VALIDATION', 'Some records in the export point at records that are not in it.');
      }
      const chain = verifyAuditChain(db, LATEST_SCHEMA_VERSION);
      if (!chain.ok) {
        throw new AppError(
          'VALIDATION',
          `The audit trail in the export is broken at entry ${chain.firstBroken!.id}: ${chain.firstBroken!.reason}`,
        );
      }
      // The new vault has its own recovery key, which has not been confirmed yet.
      writeSetting(db, 'recoveryKeyConfirmed', 'false');
      appendAudit(db, { action: 'vault.imported', entity: 'vault', entityId: document.vault.id });
    })();
    checkpoint(db, 'TRUNCATE');
    const head = auditHead(db);
    if (anchor.key && head?.hash) writeAnchor(dir, anchor.key, { id: head.id, hash: head.hash }, new Date());
    anchor.key?.fill(0);
    db.close();
    return {
      recoveryKey: created.recoveryKey,
      tables: Object.fromEntries(plan.map((table) => [table.name, table.rows.length])),
    };
  } catch (error) {
    db.close();
    anchor.key?.fill(0);
    // The vault was made by this import a moment ago and holds nothing else.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function parseDocument(text: string): ExportDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', 'That file is not JSON, so it is not a Rapport export.');
  }
  const parsed = exportDocument.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'VALIDATION',
      `That file is not a Rapport export (${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}).`,
    );
  }
  if (parsed.data.vault.schemaVersion !== LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'VALIDATION',
      `The export is of schema version ${parsed.data.vault.schemaVersion}; this Rapport imports version ${LATEST_SCHEMA_VERSION}. Use the Rapport version that made it.`,
    );
  }
  return parsed.data;
}
