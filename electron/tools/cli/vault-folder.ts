import { existsSync, readdirSync } from 'node:fs';
import { AppError } from '../../core/base/app-error';
import type { KeyFile } from '../../core/vault/key-file';
import { inspectVaultFolder } from '../../core/vault/vault-files';

/*
 * What each command needs of the folder, checked before the passphrase is asked for, so nobody
 * types a passphrase only to learn that the path was wrong.
 */

export function requireVault(dir: string): KeyFile {
  const presence = inspectVaultFolder(dir);
  if (presence.state === 'absent') {
    throw new AppError(
      'NOT_FOUND',
      `There is no vault in ${dir}. Create one with "rapport init", or point --vault at an existing vault.`,
    );
  }
  return presence.keyFile;
}

export function requireNoVault(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new AppError(
      'CONFLICT',
      `${dir} is not empty (a vault may already be there). rapport init only creates a vault in a new or empty folder.`,
    );
  }
}
