import { closeSync, openSync, writeSync } from 'node:fs';
import type { ExportValue } from '../../../shared/export/export-format';
import { fsyncPath } from './durable-files';

const FLUSH_AT = 1 << 20;

/**
 * RFC 4180 CSV, for opening in a spreadsheet. A cell that starts with =, +, - or @ gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula (a client named
 * "=HYPERLINK(…)" stays a name). The JSON export keeps every value exactly; this copy is for reading.
 * Rows are streamed to the file (an audit trail can run to a million entries); returns their number.
 */
export function writeCsv<Row extends object>(
  path: string,
  columns: readonly (keyof Row & string)[],
  rows: Iterable<Row>,
): number {
  const fd = openSync(path, 'wx', 0o600);
  let count = 0;
  try {
    // A byte-order mark so spreadsheet apps read the file as UTF-8; CRLF as RFC 4180 says.
    let pending = `\uFEFF${columns.map(cell).join(',')}\r\n`;
    for (const row of rows) {
      pending += `${columns.map((column) => cell(row[column] as ExportValue)).join(',')}\r\n`;
      count += 1;
      if (pending.length >= FLUSH_AT) {
        writeSync(fd, pending);
        pending = '';
      }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  fsyncPath(path);
  return count;
}

function cell(value: ExportValue | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
