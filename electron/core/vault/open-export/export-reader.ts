import { closeSync, openSync } from 'node:fs';
import type { ExportValue } from '../../../../shared/export/export-format';
import { AppError } from '../../base/app-error';
import {
  JsonFileTooLarge,
  JsonSyntaxError,
  JsonTokens,
  JsonValueTooLong,
  type JsonToken,
} from './json-tokens';

/**
 * What an import accepts. A ten-year practice (the benchmark's 600 clients, 29,670 notes and
 * 166,221 audit entries) exports 263 MB; the largest value the app itself can store is a fully
 * written intake, about 800,000 characters (some 40 fields of at most 20,000).
 */
export const IMPORT_LIMITS = {
  fileBytes: 2 * 1024 ** 3,
  valueCharacters: 4_000_000,
} as const;

/** Apart from the rows, an export is a few small objects: these bound what is kept of it. */
const MAX_TABLES = 100;
const MAX_COLUMNS = 100;
const MAX_OUTLINE_TOKENS = 100_000;
const MAX_DEPTH = 16;

export interface TableOutline {
  /** Everything in the table's object but its rows (derived, columns, and anything unexpected). */
  fields: Record<string, unknown>;
  rows: number;
  /** Every column name any row gave a value for. */
  keys: Set<string>;
}

/** The whole export except its rows: small, whatever the size of the file. */
export interface ExportOutline {
  /** Everything at the top of the document but the tables (format, version, vault…). */
  head: Record<string, unknown>;
  tables: Map<string, TableOutline> | null;
}

export type RowSink = (table: string, row: Record<string, ExportValue>, position: number) => void;

/**
 * Reads an export file, streamed, checking that it is JSON in the export's layout, that every row
 * is an object of text, numbers and nulls, and that it keeps to IMPORT_LIMITS. Each row is handed
 * to `onRow` as it is read (position counts from 1 within its table) and then dropped; what is
 * returned is the outline, for the import to check against this Rapport's schema. Keys may come in
 * any order, as JSON allows; a key given twice is refused, since JSON leaves its meaning open.
 */
export function readExport(path: string, onRow?: RowSink): ExportOutline {
  const fd = openSync(path, 'r');
  const tokens = new JsonTokens(fd, IMPORT_LIMITS);
  const reader = new OutlineReader(tokens, onRow);
  try {
    return reader.document();
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new AppError(
        'VALIDATION',
        `That file is not JSON, so it is not a Rapport export (line ${error.line}: ${error.message}).`,
      );
    }
    if (error instanceof JsonValueTooLong) {
      throw new AppError(
        'VALIDATION',
        `The export's ${reader.place} is longer than ${IMPORT_LIMITS.valueCharacters.toLocaleString('en')} characters, the limit for one value, so the export is refused.`,
      );
    }
    if (error instanceof JsonFileTooLarge) throw fileTooLarge();
    throw error;
  } finally {
    closeSync(fd);
  }
}

export function fileTooLarge(): AppError {
  return new AppError(
    'VALIDATION',
    `That file is larger than ${IMPORT_LIMITS.fileBytes / 1024 ** 3} GiB, the limit for an import, so it is refused.`,
  );
}

function refused(message: string): AppError {
  return new AppError('VALIDATION', `That file is not a Rapport export: ${message}`);
}

class OutlineReader {
  /** Where the reader is, in words, for a message. */
  place = 'the document';
  private budget = MAX_OUTLINE_TOKENS;

  constructor(
    private readonly tokens: JsonTokens,
    private readonly onRow: RowSink | undefined,
  ) {}

  document(): ExportOutline {
    this.expect('{');
    const head: Record<string, unknown> = Object.create(null);
    let tables: Map<string, TableOutline> | null = null;
    this.members('the document', (key) => {
      this.place = key;
      if (key === 'tables') {
        if (tables) throw refused('it has "tables" twice.');
        tables = this.tables();
      } else {
        if (Object.hasOwn(head, key)) throw refused(`it has "${key}" twice.`);
        head[key] = this.value(this.tokens.next(), 0);
      }
    });
    if (this.tokens.next() !== 'end') throw this.tokens.syntax('more follows the end of the document');
    return { head, tables };
  }

  private tables(): Map<string, TableOutline> {
    this.expect('{');
    const tables = new Map<string, TableOutline>();
    this.members('"tables"', (name) => {
      if (tables.has(name)) throw refused(`it has the table ${name} twice.`);
      if (tables.size === MAX_TABLES) throw refused(`it has more than ${MAX_TABLES} tables.`);
      tables.set(name, this.table(name));
    });
    return tables;
  }

  private table(name: string): TableOutline {
    this.place = `table ${name}`;
    this.expect('{');
    const outline: TableOutline = { fields: Object.create(null), rows: 0, keys: new Set() };
    let rowsSeen = false;
    this.members(`table ${name}`, (key) => {
      this.place = `table ${name}, "${key}"`;
      if (key === 'rows') {
        if (rowsSeen) throw refused(`the table ${name} has "rows" twice.`);
        rowsSeen = true;
        this.rows(name, outline);
      } else {
        if (Object.hasOwn(outline.fields, key)) throw refused(`the table ${name} has "${key}" twice.`);
        outline.fields[key] = this.value(this.tokens.next(), 0);
      }
    });
    if (!rowsSeen) throw refused(`the table ${name} has no "rows".`);
    return outline;
  }

  private rows(table: string, outline: TableOutline): void {
    this.expect('[');
    let token = this.tokens.next();
    if (token === ']') return;
    for (;;) {
      outline.rows += 1;
      if (token !== '{') throw refused(`row ${outline.rows} of ${table} is not an object.`);
      const row = this.row(table, outline);
      this.onRow?.(table, row, outline.rows);
      token = this.tokens.next();
      if (token === ']') return;
      if (token !== ',')
        throw this.tokens.syntax(`expected "," or "]" after row ${outline.rows} of ${table}`);
      token = this.tokens.next();
    }
  }

  private row(table: string, outline: TableOutline): Record<string, ExportValue> {
    const row: Record<string, ExportValue> = Object.create(null);
    const where = `${table} row ${outline.rows}`;
    this.place = where;
    this.members(where, (column) => {
      this.place = `${where}, column ${column}`;
      if (Object.hasOwn(row, column)) throw refused(`${where} has the column ${column} twice.`);
      if (!outline.keys.has(column)) {
        if (outline.keys.size === MAX_COLUMNS)
          throw refused(`the rows of ${table} name more than ${MAX_COLUMNS} columns.`);
        outline.keys.add(column);
      }
      const token = this.tokens.next();
      if (token === 'string' || token === 'number') row[column] = this.tokens.value;
      else if (token === 'null') row[column] = null;
      else
        throw refused(
          `${where}, column ${column}, holds ${describe(token)}; a value is text, a number or null.`,
        );
    });
    return row;
  }

  /** Any JSON value outside the rows, kept whole: small by the budget, shallow by the depth. */
  private value(token: JsonToken, depth: number): unknown {
    this.budget -= 1;
    if (this.budget < 0) throw refused('apart from its rows, it is far larger than an export.');
    if (depth > MAX_DEPTH) throw refused(`it nests deeper than an export does (at ${this.place}).`);
    switch (token) {
      case 'string':
      case 'number':
        return this.tokens.value;
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
      case '{': {
        const object: Record<string, unknown> = Object.create(null);
        this.members(this.place, (key) => {
          if (Object.hasOwn(object, key)) throw refused(`${this.place} has "${key}" twice.`);
          object[key] = this.value(this.tokens.next(), depth + 1);
        });
        return object;
      }
      case '[': {
        const array: unknown[] = [];
        let next = this.tokens.next();
        if (next === ']') return array;
        for (;;) {
          array.push(this.value(next, depth + 1));
          next = this.tokens.next();
          if (next === ']') return array;
          if (next !== ',') throw this.syntax(next, 'expected "," or "]" in a list');
          next = this.tokens.next();
        }
      }
      default:
        throw this.syntax(token, `expected a value, found ${describe(token)}`);
    }
  }

  /** The members of an object whose "{" was just read: each key is handed to `read`, which reads its value. */
  private members(what: string, read: (key: string) => void): void {
    let token = this.tokens.next();
    if (token === '}') return;
    for (;;) {
      if (token !== 'string') throw this.syntax(token, `expected a key in ${what}`);
      const key = this.tokens.value as string;
      this.expect(':');
      read(key);
      token = this.tokens.next();
      if (token === '}') return;
      if (token !== ',') throw this.syntax(token, `expected "," or "}" in ${what}`);
      token = this.tokens.next();
    }
  }

  private expect(wanted: JsonToken): void {
    const token = this.tokens.next();
    if (token === wanted) return;
    if (
      wanted === '{' &&
      token !== 'end' &&
      token !== ':' &&
      token !== ',' &&
      token !== '}' &&
      token !== ']'
    ) {
      // A value of the wrong kind: valid JSON, but not the export's layout.
      throw refused(`${this.place} is ${describe(token)}, not an object.`);
    }
    if (wanted === '[' && ['{', 'string', 'number', 'true', 'false', 'null'].includes(token)) {
      throw refused(`${this.place} is ${describe(token)}, not a list.`);
    }
    throw this.syntax(token, `expected "${wanted}", found ${describe(token)}`);
  }

  private syntax(token: JsonToken, reason: string): Error {
    return this.tokens.syntax(token === 'end' ? 'the file ends before the export does' : reason);
  }
}

function describe(token: JsonToken): string {
  switch (token) {
    case '{':
      return 'an object';
    case '[':
      return 'a list';
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'true':
    case 'false':
      return `${token}`;
    case 'null':
      return 'null';
    case 'end':
      return 'the end of the file';
    default:
      return `"${token}"`;
  }
}
