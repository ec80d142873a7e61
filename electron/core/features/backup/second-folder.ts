import { existsSync, mkdirSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { AppError } from '../../base/app-error';
import { secondBackupsRoot } from '../../vault/backup-layout';

/**
 * Refuses a second backup folder that would not hold copies: missing, inside the vault (a copy on
 * the same disk protects against nothing) or not writable. Makes the vault's own folder in it.
 */
export function assertUsableSecondFolder(folder: string, vaultDir: string, vaultId: string | null): void {
  if (!isAbsolute(folder) || !existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new AppError('VALIDATION', 'That folder does not exist. Choose an existing folder.');
  }
  const inside = relative(resolve(vaultDir), folder);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new AppError(
      'VALIDATION',
      'Choose a folder outside the vault: a second copy on the same disk protects against nothing.',
    );
  }
  if (!vaultId) throw new AppError('LOCKED', 'Unlock the vault to set a second backup folder.');
  try {
    mkdirSync(secondBackupsRoot(folder, vaultId), { recursive: true, mode: 0o700 });
  } catch {
    throw new AppError(
      'IO',
      'Rapport cannot write to that folder. Choose another, or check its permissions.',
    );
  }
}
