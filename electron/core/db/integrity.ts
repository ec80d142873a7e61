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
  const trees = treeNames(db);
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

/** Every table and index that has pages of its own, by name. */
export function treeNames(db: Db): string[] {
  return db
    .prepare('SELECT name FROM sqlite_schema WHERE rootpage > 0 ORDER BY name')
    .pluck()
    .all() as string[];
}

/**
 * Counts a tree's pages by reading every one of them: each read is decrypted and its HMAC checked,
 * so a damaged page stops the count with a SqliteError.
 */
export function treePageCounter(db: Db): (tree: string) => number {
  const count = db.prepare('SELECT count(*) FROM dbstat WHERE name = ?').pluck();
  return (tree) => count.get(tree) as number;
}

/** Whether this connection authenticates every page it reads (SQLite3 Multiple Ciphers answers '1' or '0'). */
export function pageAuthenticationOn(db: Db): boolean {
  return Number(db.pragma('hmac_check', { simple: true })) === 1;
}

export function pageTotals(db: Db): { total: number; free: number } {
  return {
    total: db.pragma('page_count', { simple: true }) as number,
    free: db.pragma('freelist_count', { simple: true }) as number,
  };
}

/** Drops this connection's page cache, so that the next reads come from disk and are checked there. */
export function dropPageCache(db: Db): void {
  db.pragma('shrink_memory');
}

/** Records whose foreign key points at a missing record: the table and the table it points into. */
export function brokenForeignKeys(db: Db): { table: string; parent: string }[] {
  return db.pragma('foreign_key_check') as { table: string; parent: string }[];
}
