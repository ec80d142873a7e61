import { existsSync, mkdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportJsonSchema,
  PSYCHOTHERAPY_NOTES_TABLE,
  type ExportValue,
} from '../../../../shared/export/export-format';
import type { Db } from '../../db/connection';
import { iterateRows, tableShapes, type TableShape } from '../../db/export';
import { schemaVersion } from '../../db/migrate';
import { AppError } from '../../base/app-error';
import { fsyncPath, writeFileDurably, writeNewFileStreamed } from '../../base/durable-write';
import { writeCsv } from '../../base/csv-file';

export const EXPORT_FILE = 'rapport-export.json';
export const SCHEMA_FILE = 'rapport-export.schema.json';
/** Spreadsheet copies of the tables people most often want to open on their own. */
const CSV_TABLES: Record<string, string> = { clients: 'clients.csv', audit_log: 'audit-log.csv' };

export interface ExportResult {
  folder: string;
  files: string[];
  tables: Record<string, number>;
}

/**
 * Writes the whole vault, in the clear, into a new folder inside `outDir`: the one place Rapport
 * writes unencrypted records, and only where the person chose. The JSON is streamed row by row.
 */
export function exportVault(
  db: Db,
  options: { outDir: string; includePsychotherapyNotes: boolean; vaultId: string; at: Date },
): ExportResult {
  const folder = newExportFolder(options.outDir, options.at);
  const shapes = tableShapes(db).filter(
    (shape) => options.includePsychotherapyNotes || shape.name !== PSYCHOTHERAPY_NOTES_TABLE,
  );
  const tables = writeDocument(db, join(folder, EXPORT_FILE), shapes, options);
  writeFileDurably(join(folder, SCHEMA_FILE), `${JSON.stringify(exportJsonSchema(), null, 2)}\n`, 'wx');
  const files = [EXPORT_FILE, SCHEMA_FILE];
  for (const shape of shapes) {
    const file = CSV_TABLES[shape.name];
    if (!file) continue;
    const columns = shape.columns.map((column) => column.name);
    writeCsv<Record<string, ExportValue>>(join(folder, file), columns, iterateRows(db, shape.name));
    files.push(file);
  }
  fsyncPath(folder);
  return { folder, files, tables };
}

function newExportFolder(outDir: string, at: Date): string {
  if (!isAbsolute(outDir) || !existsSync(outDir) || !statSync(outDir).isDirectory()) {
    throw new AppError('VALIDATION', 'That folder does not exist. Choose an existing folder for the export.');
  }
  const base = join(outDir, `rapport-export-${at.toISOString().replace(/:/g, '-')}`);
  for (let n = 1; n < 1000; n++) {
    const folder = n === 1 ? base : `${base}-${n}`;
    try {
      mkdirSync(folder, { mode: 0o700 });
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new AppError('IO', 'Could not make a new folder for the export there.');
}

function writeDocument(
  db: Db,
  path: string,
  shapes: readonly TableShape[],
  options: { includePsychotherapyNotes: boolean; vaultId: string; at: Date },
): Record<string, number> {
  return writeNewFileStreamed(path, (write) => {
    const counts: Record<string, number> = {};
    const head = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: options.at.toISOString(),
      vault: { id: options.vaultId, schemaVersion: schemaVersion(db) },
      includesPsychotherapyNotes: options.includePsychotherapyNotes,
    };
    write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "tables": {`);
    shapes.forEach((shape, index) => {
      const meta = JSON.stringify({ derived: shape.virtual, columns: shape.columns });
      write(`${index === 0 ? '' : ','}\n    ${JSON.stringify(shape.name)}: ${meta.slice(0, -1)}, "rows": [`);
      let rows = 0;
      for (const row of iterateRows(db, shape.name)) {
        write(`${rows === 0 ? '' : ','}\n      ${JSON.stringify(row)}`);
        rows += 1;
      }
      write(rows === 0 ? ']}' : '\n    ]}');
      counts[shape.name] = rows;
    });
    write('\n  }\n}\n');
    return counts;
  });
}
