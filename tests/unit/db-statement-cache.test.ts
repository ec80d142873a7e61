import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../electron/core/db/connection';
import { tempDir } from './support/temp-vault';

function open() {
  return openEncrypted(join(tempDir(), 'cache.db'), randomBytes(32), { create: true });
}

describe('the connection compiles each statement once', () => {
  it('hands back the same statement for the same SQL', () => {
    const db = open();
    expect(db.prepare('SELECT 1 AS one')).toBe(db.prepare('SELECT 1 AS one'));
    expect(db.prepare('SELECT 1 AS one')).not.toBe(db.prepare('SELECT 2 AS two'));
    db.close();
  });

  it('never lets one caller’s output mode leak into the next', () => {
    const db = open();
    expect(db.prepare('SELECT 1 AS one').pluck().get()).toBe(1);
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    expect(db.prepare('SELECT 1 AS one').raw().get()).toEqual([1]);
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.close();
  });

  it('gives a fresh statement while the cached one is still being iterated', () => {
    const db = open();
    const sql = "SELECT value FROM json_each('[1,2,3]')";
    const pairs: number[][] = [];
    for (const outer of db.prepare(sql).pluck().iterate() as IterableIterator<number>) {
      pairs.push([outer, ...(db.prepare(sql).pluck().all() as number[])]);
    }
    expect(pairs).toEqual([
      [1, 1, 2, 3],
      [2, 1, 2, 3],
      [3, 1, 2, 3],
    ]);
    db.close();
  });

  it('still sees schema changes made after a statement was cached', () => {
    const db = open();
    db.exec('CREATE TABLE t (a INTEGER)');
    db.prepare('INSERT INTO t (a) VALUES (?)').run(1);
    expect(db.prepare('SELECT * FROM t').get()).toEqual({ a: 1 });
    db.exec('ALTER TABLE t ADD COLUMN b TEXT');
    expect(db.prepare('SELECT * FROM t').get()).toEqual({ a: 1, b: null });
    db.close();
  });
});
