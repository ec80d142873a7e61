import type { Db } from './connection';

export function readSetting(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function writeSetting(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** A setting kept as one JSON value (the letterhead), decoded but not checked. */
export function readJsonSetting(db: Db, key: string): unknown {
  const value = readSetting(db, key);
  return value === undefined ? undefined : JSON.parse(value);
}

export function writeJsonSetting(db: Db, key: string, value: unknown): void {
  writeSetting(db, key, JSON.stringify(value));
}
