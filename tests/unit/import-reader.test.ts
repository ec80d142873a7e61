import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/base/app-error';
import { readExport } from '../../electron/core/vault/open-export/export-reader';
import { tempDir } from './support/temp-vault';

/*
 * The import's streamed reader takes exactly what JSON.parse takes: the same values out of the
 * same text, whatever falls on the boundary between two of the chunks it reads, and a refusal
 * (never a guess) for text JSON.parse refuses.
 */

function file(text: string): string {
  const path = join(tempDir(), 'export.json');
  writeFileSync(path, text);
  return path;
}

function rowsRead(text: string): unknown[] {
  const rows: unknown[] = [];
  readExport(file(text), (_table, row) => rows.push({ ...row }));
  return rows;
}

const TRICKY = [
  'plain',
  '"quoted" \\ back/slash \b\f\n\r\t',
  'line\u2028separator\u2029and NUL \u0000 and \u001f',
  'emoji 👩🏽‍⚕️ and a lone surrogate \ud800 and \udc00',
  'é'.repeat(70_000),
  `${'x'.repeat(65_535)}€${'y'.repeat(65_534)}"\\n`,
  '',
];
const NUMBERS = [0, -0, 1, -1, 0.1, 1e300, -2.5e-300, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE];

describe('the streamed export reader', () => {
  it.each([0, 2])('reads the same rows as JSON.parse (indent %i)', (indent) => {
    const rows = [
      ...TRICKY.map((text, i) => ({ id: i, text, none: null })),
      ...NUMBERS.map((n, i) => ({ id: 100 + i, n })),
    ];
    const text = JSON.stringify({ format: 'x', tables: { t: { columns: [], rows } } }, null, indent);
    expect(rowsRead(text)).toEqual(JSON.parse(text).tables.t.rows);
    // Escaped as \u sequences rather than written out: the same values again.
    // Numbers JSON.parse rounds, rounded the same way.
    const long =
      '{"tables":{"t":{"rows":[{"a":12345678901234567890,"b":9007199254740993,"c":1.00000000000000001}]}}}';
    expect(rowsRead(long)).toEqual(JSON.parse(long).tables.t.rows);
    const escaped = text.replace(
      /[^\x20-\x7e\n]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    expect(rowsRead(escaped)).toEqual(JSON.parse(escaped).tables.t.rows);
  });

  it('keeps the outline apart from the rows, and counts them', () => {
    const text =
      '{"tables":{"t":{"rows":[{"a":1},{"a":2}],"columns":[{"name":"a"}],"derived":false}},"version":1}';
    const outline = readExport(file(text));
    expect({ ...outline.head }).toEqual({ version: 1 });
    const table = outline.tables!.get('t')!;
    expect([{ ...table.fields }, table.rows, [...table.keys]]).toEqual([
      { columns: [{ name: 'a' }], derived: false },
      2,
      ['a'],
    ]);
  });

  it.each([
    '{"a":01}',
    '{"a":1.}',
    '{"a":.5}',
    '{"a":+1}',
    '{"a":"\\x"}',
    '{"a":"\\u12g4"}',
    '{"a":tru}',
    '{"a":nul}',
    '{"a":1,}',
    '{"a" 1}',
    '{"a":1}}',
    '{"a":1} x',
    '{"a":"raw\u0001control"}',
    '{"a":"not closed}',
    '\ufeff{"a":1}',
    "{'a':1}",
    '{"tables":{"t":{"rows":[{"a":1},]}}}',
    '{"tables":{"t":{"rows":[{"a":1} {"a":2}]}}}',
  ])('refuses what JSON.parse refuses: %s', (text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(() => readExport(file(text))).toThrow(AppError);
  });
});
