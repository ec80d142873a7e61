import type { CodeTitle } from './cms-code-file';

/** The bundled table's file: its edition and source named beside the rows, one row a line. */
export interface CodeTable {
  edition: string;
  source: string;
  codes: CodeTitle[];
}

export function serialiseCodeTable(table: CodeTable): string {
  const rows = table.codes.map((row) => `    ${JSON.stringify([row.code, row.title])}`).join(',\n');
  return `{\n  "edition": ${JSON.stringify(table.edition)},\n  "source": ${JSON.stringify(table.source)},\n  "codes": [\n${rows}\n  ]\n}\n`;
}
