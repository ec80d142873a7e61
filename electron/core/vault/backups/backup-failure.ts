import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../base/app-error';

/** SQLite found pages it cannot decrypt or make sense of: the vault itself is damaged. */
export function isDamage(error: unknown): boolean {
  return (
    error instanceof Database.SqliteError &&
    (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB')
  );
}

/**
 * A backup failure in words for the Settings screen: the kind of problem and what to do, never a
 * raw SQLite message or a stack.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return 'The disk is full, so the backup was not made. Free some space.';
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY') {
    return 'Rapport may not write to the backup folder. Check its permissions.';
  }
  if (code === 'ENOENT') return 'The backup folder is not there (a drive may have been removed).';
  if (isDamage(error)) return 'The vault’s database is damaged.';
  return `The backup could not be made${typeof code === 'string' ? ` (${code})` : ''}.`;
}
