import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { exportDocument, type ExportValue } from '../../../../shared/export/export-format';
import { estimatePassphraseStrength } from '../../../../shared/vault/estimate-passphrase-strength';
import { appendAudit, chainedHead } from '../../db/audit';
import { anchorKey, writeAnchor } from '../audit-anchor';
import {
  currentTableShapes,
  deleteAllRows,
  dropTriggers,
  restoreTriggers,
  rowInserter,
  type TableShape,
} from '../../db/export';
import { checkpoint, deferForeignKeys } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { writeSetting } from '../../db/settings';
import { AppError } from '../../base/app-error';
import type { CancelFlag } from '../../base/cancel-flag';
import type { KdfParams } from '../key-file';
import { createVault } from '../vault';
import { fileTooLarge, IMPORT_LIMITS, readExport, type ExportOutline } from './export-reader';
import { type ExportedHead, importFindings, type ImportFinding } from './import-findings';

/** How many findings a refusal names before it says how many more there are. */
const FINDINGS_NAMED = 5;

/** How far an import has got: the rows put into the new vault of all the export holds. */
export interface ImportProgress {
  phase: 'checking' | 'writing' | 'verifying';
  tablesDone: number;
  tables: number;
  rowsDone: number;
  rows: number;
}

/** Rows between two progress reports: often enough for a bar, rarely enough to cost nothing. */
const ROWS_PER_REPORT = 2000;

interface PlannedTable {
  name: string;
  columns: string[];
  /** The primary key's columns, to name a row a constraint refuses. */
  keyColumns: string[];
}

/**
 * Reads an open export into a new vault: the way back from the JSON, and the proof that the
 * export holds everything. The file is read twice, streamed, so memory stays bounded whatever its
 * size: first to check it (JSON, the format, this Rapport's tables and columns, the size limits)
 * before anything is written, then to put each row into the new vault as it is read. Rows go in
 * as they were (ids, timestamps, signatures, the audit chain), so the triggers that guard signed
 * notes and history are set aside for the load and put back; the result must then pass
 * importFindings, or nothing is kept and the target folder is left as it was. A `cancel` request
 * is such a refusal: it is heeded between rows and between steps, until the new vault is whole.
 */
export async function importVault(
  dir: string,
  passphrase: string,
  file: string,
  options: { kdf?: KdfParams; cancel?: CancelFlag; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<{ recoveryKey: string; tables: Record<string, number> }> {
  const cancel = options.cancel;
  if (statSync(file).size > IMPORT_LIMITS.fileBytes) throw fileTooLarge();
  const progress = { tablesDone: 0, tables: 0, rowsDone: 0, rows: 0 };
  const report = (phase: ImportProgress['phase']) => options.onProgress?.({ phase, ...progress });
  report('checking');
  cancel?.throwIfRequested();
  const outline = readExport(file, cancel && (() => cancel.throwIfRequested()));
  const { vaultId, exportedHead, tables } = planImport(outline);
  progress.tables = tables.length;
  progress.rows = [...outline.tables!.values()].reduce((sum, table) => sum + table.rows, 0);
  if (!(await estimatePassphraseStrength(passphrase)).acceptable) {
    throw new AppError('VALIDATION', 'That passphrase is too easy to guess.');
  }
  cancel?.throwIfRequested();
  const existed = existsSync(dir);
  // The new vault's trail is anchored as soon as it holds the export's entries.
  const anchor: { key: Buffer | null } = { key: null };
  let created: Awaited<ReturnType<typeof createVault>>;
  try {
    created = await createVault(dir, passphrase, {
      kdf: options.kdf,
      keepKey: (key) => (anchor.key = anchorKey(key)),
    });
  } catch (error) {
    leaveAsItWas(dir, existed);
    throw error;
  }
  const { db } = created;
  try {
    cancel?.throwIfRequested();
    db.transaction(() => {
      deferForeignKeys(db);
      const triggers = dropTriggers(db);
      // A new vault starts with a few rows of its own (the default checklist): the export's replace them.
      for (const table of tables) deleteAllRows(db, table.name);
      const byName = new Map(tables.map((table) => [table.name, table]));
      let current: { table: PlannedTable; insert: ReturnType<typeof rowInserter> } | null = null;
      report('writing');
      const reread = readExport(file, (name, row, position) => {
        cancel?.throwIfRequested();
        if (current?.table.name !== name) {
          const table = byName.get(name);
          if (!table) throw changedWhileRead();
          if (current) progress.tablesDone += 1;
          current = { table, insert: rowInserter(db, name, table.columns) };
        }
        try {
          current.insert(row);
        } catch (error) {
          throw nameRefusedRow(error, current.table, row, position);
        }
        progress.rowsDone += 1;
        if (progress.rowsDone % ROWS_PER_REPORT === 0) report('writing');
      });
      if (outlineKey(reread) !== outlineKey(outline)) throw changedWhileRead();
      progress.tablesDone = progress.tables;
      report('verifying');
      cancel?.throwIfRequested();
      restoreTriggers(db, triggers);
      const findings = importFindings(db, exportedHead);
      cancel?.throwIfRequested();
      if (findings.length > 0) throw refusedForFindings(findings);
      // The new vault has its own recovery key, which has not been confirmed yet.
      writeSetting(db, 'recoveryKeyConfirmed', 'false');
      appendAudit(db, {
        action: 'vault.imported',
        entity: 'vault',
        entityId: vaultId,
        detail: `${progress.rows} rows in ${progress.tables} tables`,
      });
    })();
    checkpoint(db, 'TRUNCATE');
    cancel?.throwIfRequested();
    const head = chainedHead(db);
    if (anchor.key && head) writeAnchor(dir, anchor.key, head, new Date());
    anchor.key?.fill(0);
    db.close();
    return {
      recoveryKey: created.recoveryKey,
      tables: Object.fromEntries([...outline.tables!].map(([name, table]) => [name, table.rows])),
    };
  } catch (error) {
    db.close();
    anchor.key?.fill(0);
    leaveAsItWas(dir, existed);
    throw error;
  }
}

/** Everything about the export that can be checked before a vault is made for it. */
function planImport(outline: ExportOutline): {
  vaultId: string;
  exportedHead: ExportedHead;
  tables: PlannedTable[];
} {
  // The head and each table's columns are checked by the format's own schema; the rows were
  // checked as they were read (objects of text, numbers and nulls).
  const document = {
    ...outline.head,
    ...(outline.tables && {
      tables: Object.fromEntries(
        [...outline.tables].map(([name, table]) => [name, { ...table.fields, rows: [] }]),
      ),
    }),
  };
  const parsed = exportDocument.safeParse(document);
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
  const shapes = new Map(currentTableShapes().map((shape) => [shape.name, shape]));
  const tables = Object.entries(parsed.data.tables).map(([name, table]) => {
    const shape = shapes.get(name);
    if (!shape)
      throw new AppError('VALIDATION', `The export has a table this Rapport does not know: ${name}.`);
    const columns = shape.columns.map((column) => column.name);
    const given = table.columns.map((column) => column.name);
    if (given.length !== columns.length || given.some((column) => !columns.includes(column))) {
      throw new AppError('VALIDATION', `The columns of ${name} in the export do not match this Rapport's.`);
    }
    const unknown = [...outline.tables!.get(name)!.keys].find((key) => !columns.includes(key));
    if (unknown !== undefined) {
      throw new AppError(
        'VALIDATION',
        `Rows of ${name} in the export have a column ${name} does not: ${unknown}.`,
      );
    }
    return { name, columns, keyColumns: keyColumnsOf(shape) };
  });
  return { vaultId: parsed.data.vault.id, exportedHead: parsed.data.vault.auditHead, tables };
}

function keyColumnsOf(shape: TableShape): string[] {
  return shape.columns.filter((column) => column.primaryKey).map((column) => column.name);
}

/**
 * A row the database refuses (a CHECK, NOT NULL, UNIQUE or STRICT type rule) is named with its
 * table, its position and key, and the rule, which SQLite words from the schema, never the data.
 */
function nameRefusedRow(
  error: unknown,
  table: PlannedTable,
  row: Readonly<Record<string, ExportValue>>,
  position: number,
): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  if (!error.code.startsWith('SQLITE_CONSTRAINT') && error.code !== 'SQLITE_MISMATCH') return error;
  const key = table.keyColumns
    .map((column) => `${column} ${JSON.stringify(row[column] ?? null).slice(0, 80)}`)
    .join(', ');
  const rule =
    error.code === 'SQLITE_MISMATCH'
      ? 'datatype mismatch (a value of the wrong type for its column)'
      : error.message;
  return new AppError(
    'VALIDATION',
    `The export's ${table.name} row ${position}${key ? ` (${key})` : ''} breaks a rule of the vault: ${rule}. Nothing was kept.`,
  );
}

function refusedForFindings(findings: readonly ImportFinding[]): AppError {
  const named = findings
    .slice(0, FINDINGS_NAMED)
    .map(({ table, row, problem }) => `${table} ${row}: ${/[.!?]$/.test(problem) ? problem : `${problem}.`}`);
  const more = findings.length - named.length;
  return new AppError(
    'VALIDATION',
    `The export does not hold together, so nothing was kept. ${named.join(' ')}${more > 0 ? ` And ${more} more.` : ''}`,
  );
}

function changedWhileRead(): AppError {
  return new AppError('VALIDATION', 'The file changed while it was being imported, so nothing was kept.');
}

/** What the two readings of the file must agree on. */
function outlineKey(outline: ExportOutline): string {
  return JSON.stringify([
    outline.head,
    [...(outline.tables ?? [])].map(([name, table]) => [
      name,
      table.fields,
      table.rows,
      [...table.keys].sort(),
    ]),
  ]);
}

/** Removes what the import made: the folder if it made it, or only what it put in a folder that was empty. */
function leaveAsItWas(dir: string, existed: boolean): void {
  if (!existed) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  if (!existsSync(dir)) mkdirSync(dir, { mode: 0o700 });
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
}
