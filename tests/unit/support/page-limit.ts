import type { Db } from '../../../electron/core/db/connection';

/** SQLite's own ceiling on pages: a database that may grow as far as SQLite allows. */
export const NO_PAGE_LIMIT = 1073741823;

/**
 * Caps how many pages the database may hold: with the cap at the current page count it stands in
 * for a full disk, and raising it frees the space again. A pragma value cannot be bound, so it is
 * spliced in only once it is proven a plain integer.
 */
export function limitPages(db: Db, pages: number): void {
  if (!Number.isSafeInteger(pages) || pages < 1 || pages > NO_PAGE_LIMIT) {
    throw new RangeError(`A page limit must be a whole number from 1 to ${NO_PAGE_LIMIT}.`);
  }
  db.pragma(`max_page_count = ${pages}`);
}

/** Pages the database holds now, after folding the write-ahead log in. */
export function pagesInUse(db: Db): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return db.pragma('page_count', { simple: true }) as number;
}
