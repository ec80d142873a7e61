import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createAppCore } from '../../electron/core/router/app-core';
import { DATABASE_FILE, KEY_FILE } from '../../electron/core/vault/location';
import { makeTempDir } from './fixtures';
import { PASSPHRASE } from './flows';
import { TEST_KDF } from './harness';

/**
 * Makes `dir` a vault folder that must not be opened: rapport.db is random bytes (a whole number of
 * pages, so it looks like an encrypted database) and rapport.key is a real key file from another vault.
 */
export async function makeMismatchedVault(dir: string): Promise<void> {
  const otherRoot = makeTempDir();
  try {
    const otherDir = join(otherRoot, 'vault');
    const other = createAppCore({ vaultDir: otherDir, kdf: TEST_KDF });
    await other.session.create(PASSPHRASE);
    other.session.lock('quit');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(otherDir, KEY_FILE), join(dir, KEY_FILE));
    writeFileSync(join(dir, DATABASE_FILE), randomBytes(4096 * 4));
  } finally {
    rmSync(otherRoot, { recursive: true, force: true });
  }
}
