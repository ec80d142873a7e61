import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../base/app-error';
import { isFileAccessError } from '../db/connection';

/**
 * What to call a failed first write to a vault just opened: it reached a page the quick check at
 * opening did not read, or a file the system would not let Rapport write. Damage is named as damage.
 */
export function openingWriteFailure(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Database.SqliteError)) return error;
  return isFileAccessError(error)
    ? new AppError(
        'IO',
        'The vault’s files could not be written. Check the folder’s permissions and the disk.',
      )
    : new AppError(
        'VAULT_DAMAGED',
        'The vault’s database is damaged and cannot be written. Restore it from a backup.',
      );
}
