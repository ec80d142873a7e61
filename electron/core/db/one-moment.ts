import type { Db } from './connection';

/**
 * Runs `read` in one read transaction: every statement in it sees the same moment of a vault that
 * is being written meanwhile (WAL). Ended by a rollback, since it wrote nothing: a damaged page a
 * read ran into cannot make the ending fail.
 */
export function readingOneMoment<T>(db: Db, read: () => T): T {
  if (db.inTransaction) return read();
  db.exec('BEGIN');
  try {
    return read();
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}
