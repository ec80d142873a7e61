import type { ExportValue } from '../../../shared/export/export-format';
import { writeFileWhole } from './durable-write';

/**
 * RFC 4180 CSV, for opening in a spreadsheet. A cell that starts with =, +, - or @ gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula (a client named
 * "=HYPERLINK(…)" stays a name). The JSON export keeps every value exactly; this copy is for reading.
 * Rows are streamed to the file (an audit trail can run to a million entries), which appears under
 * its name only when whole, and never replaces another; returns the number of rows.
 */
export function writeCsv<Row extends object>(
  path: string,
  columns: readonly (keyof Row & string)[],
  rows: Iterable<Row>,
): number {
  return writeFileWhole(
    path,
    (write) => {
      // A byte-order mark so spreadsheet apps read the file as UTF-8; CRLF as RFC 4180 says.
      write(`\uFEFF${columns.map(cell).join(',')}\r\n`);
      let count = 0;
      for (const row of rows) {
        write(`${columns.map((column) => cell(row[column] as ExportValue)).join(',')}\r\n`);
        count += 1;
      }
      return count;
    },
    { replace: false },
  );
}

function cell(value: ExportValue | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
