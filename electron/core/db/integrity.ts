import type { Db } from './connection';

/*
 * The SQL of checking a vault while it is in use. Every page SQLite reads is decrypted and its
 * HMAC checked by the cipher, so a read is itself a check of the pages it touches.
 */

/**
 * Reads the first page of every table and index: the few pages (one per tree, milliseconds even
 * for ten years of notes) that, damaged, would make a whole table unreadable. A page that fails
 * its HMAC stops this with SQLITE_CORRUPT or SQLITE_NOTADB. The rest of the file is left to the
 * full check, which runs beside the open vault.
 */
export function readEveryTreeRoot(db: Db): void {
  const trees = db.prepare('SELECT name FROM sqlite_schema WHERE rootpage > 0').pluck().all() as string[];
  // dbstat walks a tree lazily from its root, so its first row costs one page read.
  const root = db.prepare('SELECT pageno FROM dbstat WHERE name = ? LIMIT 1').pluck();
  for (const tree of trees) root.get(tree);
}

/**
 * A number that changes when another connection commits to the database, and only then: equal
 * before and after a read of the vault, that read saw the same rows as reads made before it.
 */
export function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}
