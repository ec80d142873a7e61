import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportJsonSchema,
  PSYCHOTHERAPY_NOTES_TABLE,
  type ExportValue,
} from '../../../../shared/export/export-format';
import type { Db } from '../../db/connection';
import { chainedHead } from '../../db/audit';
import { iterateRows, tableShapes, type TableShape } from '../../db/export';
import { schemaVersion } from '../../db/migrate';
import { readingOneMoment } from '../../db/one-moment';
import { AppError } from '../../base/app-error';
import type { CancelFlag } from '../../base/cancel-flag';
import {
  fsyncPath,
  partialNameIn,
  renameDurably,
  writeFileDurably,
  writeNewFileStreamed,
} from '../../base/durable-write';
import { writeCsv } from '../../base/csv-file';

export const EXPORT_FILE = 'rapport-export.json';
export const SCHEMA_FILE = 'rapport-export.schema.json';
/** Spreadsheet copies of the tables people most often want to open on their own. */
const CSV_TABLES: Record<string, string> = { clients: 'clients.csv', audit_log: 'audit-log.csv' };

/** What an export is asked to write, and where. */
export interface ExportOptions {
  outDir: string;
  includePsychotherapyNotes: boolean;
  vaultId: string;
  at: Date;
  /**
   * The hidden folder (inside `outDir`, not there yet) to write into before it gets its own name:
   * chosen by the caller when it must be able to remove it itself (a worker thread stopped at a lock).
   */
  partial?: string;
  /** Checked before every row: once set, the export stops and removes its partial folder. */
  cancel?: CancelFlag;
  onProgress?: (progress: ExportProgress) => void;
}

/** How far an export has got: tables written of all, and rows written so far. */
export interface ExportProgress {
  tablesDone: number;
  tables: number;
  rowsDone: number;
}

/** Rows between two progress reports within a table: often enough for a bar, rarely enough to cost nothing. */
const ROWS_PER_REPORT = 2000;

export interface ExportResult {
  folder: string;
  files: string[];
  tables: Record<string, number>;
}

/** An export written whole into its partial folder, not yet under its own name. */
export interface WrittenExport {
  partial: string;
  files: string[];
  tables: Record<string, number>;
}

/**
 * Writes the whole vault, in the clear, into a new folder inside `outDir`: the one place Rapport
 * writes unencrypted records, and only where the person chose. The JSON is streamed row by row.
 * Everything is written into a partial folder first; putExportInPlace gives it its own name only
 * once every file is whole and flushed. A failure (a full disk, a pulled drive) removes the
 * partial folder, so no half export is ever left readable; cancelling is such a failure, and the
 * partial folder holds everything this export wrote and nothing else. The two halves are apart so
 * that the writing can run in a worker thread while whoever started it does the renaming: an
 * export stopped anywhere (a lock ends the thread where it is) is never left under its own name
 * unrecorded.
 */
export function writeExport(db: Db, options: ExportOptions): WrittenExport {
  if (!isAbsolute(options.outDir) || !existsSync(options.outDir) || !statSync(options.outDir).isDirectory()) {
    throw new AppError('VALIDATION', 'That folder does not exist. Choose an existing folder for the export.');
  }
  options.cancel?.throwIfRequested();
  const partial = options.partial ?? partialNameIn(options.outDir);
  mkdirSync(partial, { mode: 0o700 });
  try {
    // One moment of a vault the clinician may be writing meanwhile: a trail that ends where the
    // export says it does, and every note signed in it with its signing.
    const { tables, files } = readingOneMoment(db, () => {
      const shapes = tableShapes(db).filter(
        (shape) => options.includePsychotherapyNotes || shape.name !== PSYCHOTHERAPY_NOTES_TABLE,
      );
      const counts = writeDocument(db, join(partial, EXPORT_FILE), shapes, options);
      writeFileDurably(join(partial, SCHEMA_FILE), `${JSON.stringify(exportJsonSchema(), null, 2)}\n`, 'wx');
      const written = [EXPORT_FILE, SCHEMA_FILE];
      for (const shape of shapes) {
        const file = CSV_TABLES[shape.name];
        if (!file) continue;
        const columns = shape.columns.map((column) => column.name);
        writeCsv<Record<string, ExportValue>>(
          join(partial, file),
          columns,
          untilCancelled(iterateRows(db, shape.name), options.cancel),
        );
        written.push(file);
      }
      return { tables: counts, files: written };
    });
    fsyncPath(partial);
    options.cancel?.throwIfRequested();
    return { partial, files, tables };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Gives a written export its own name in `outDir`; if that fails, the partial folder is removed. */
export function putExportInPlace(written: WrittenExport, outDir: string, at: Date): ExportResult {
  try {
    return {
      folder: renameIntoPlace(written.partial, outDir, at),
      files: written.files,
      tables: written.tables,
    };
  } catch (error) {
    rmSync(written.partial, { recursive: true, force: true });
    throw error;
  }
}

/** The finished folder's own name, with -2, -3… when an export of the same moment is already there. */
function renameIntoPlace(partial: string, outDir: string, at: Date): string {
  const base = join(outDir, `rapport-export-${at.toISOString().replace(/:/g, '-')}`);
  for (let n = 1; n < 1000; n++) {
    const folder = n === 1 ? base : `${base}-${n}`;
    if (existsSync(folder)) continue;
    try {
      renameDurably(partial, folder);
      return folder;
    } catch (error) {
      // Made by someone else between the check and the rename.
      if (!['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  throw new AppError('IO', 'Could not make a new folder for the export there.');
}

/** The rows, stopping between two once the export is cancelled. */
function* untilCancelled<T>(rows: Iterable<T>, cancel: CancelFlag | undefined): Generator<T> {
  for (const row of rows) {
    cancel?.throwIfRequested();
    yield row;
  }
}

function writeDocument(
  db: Db,
  path: string,
  shapes: readonly TableShape[],
  options: ExportOptions,
): Record<string, number> {
  return writeNewFileStreamed(path, (write) => {
    const counts: Record<string, number> = {};
    let rowsDone = 0;
    const report = (tablesDone: number) =>
      options.onProgress?.({ tablesDone, tables: shapes.length, rowsDone });
    report(0);
    const head = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: options.at.toISOString(),
      vault: { id: options.vaultId, schemaVersion: schemaVersion(db), auditHead: exportedHead(db) },
      includesPsychotherapyNotes: options.includePsychotherapyNotes,
    };
    write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "tables": {`);
    shapes.forEach((shape, index) => {
      const meta = JSON.stringify({ derived: shape.virtual, columns: shape.columns });
      write(`${index === 0 ? '' : ','}\n    ${JSON.stringify(shape.name)}: ${meta.slice(0, -1)}, "rows": [`);
      let rows = 0;
      for (const row of untilCancelled(iterateRows(db, shape.name), options.cancel)) {
        write(`${rows === 0 ? '' : ','}\n      ${JSON.stringify(row)}`);
        rows += 1;
        rowsDone += 1;
        if (rows % ROWS_PER_REPORT === 0) report(index);
      }
      write(rows === 0 ? ']}' : '\n    ]}');
      counts[shape.name] = rows;
      report(index + 1);
    });
    write('\n  }\n}\n');
    return counts;
  });
}

/** The trail's end as exported: an import refuses a trail that stops short of it. */
function exportedHead(db: Db): { entry: number; hash: string } | null {
  const head = chainedHead(db);
  return head ? { entry: head.id, hash: head.hash } : null;
}
