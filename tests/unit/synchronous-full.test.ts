import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachForReading, CHECK_SCHEMA, detach } from '../../electron/core/db/backups';
import { openEncrypted, type Db } from '../../electron/core/db/connection';
import { parseBackupId, vaultBackupsRoot } from '../../electron/core/vault/backup-layout';
import { parseRecoveryKey } from '../../electron/core/vault/recovery-key';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { ROOT } from './support/bundle-child';
import { clockedCore } from './support/clocked-core';
import { STRONG } from './support/temp-vault';

/*
 * A commit the app reports as saved must be on the disk: in WAL mode that takes synchronous =
 * FULL (2), which syncs the log on every commit (NORMAL, 1, can lose the last commits on power
 * loss). crash-power-cut.test.ts shows what that buys; this shows every connection has it.
 */

const FULL = 2;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function synchronous(db: Db, schema: 'main' | typeof CHECK_SCHEMA = 'main'): number {
  return db.pragma(schema === 'main' ? 'main.synchronous' : 'backup_check.synchronous', {
    simple: true,
  }) as number;
}

describe('synchronous = FULL on every connection', () => {
  it('is where every connection is opened: only openEncrypted opens one, and every opener calls it', () => {
    const files = sourceFiles('electron').map((file) => ({
      file: relative(ROOT, join(ROOT, file)),
      text: readFileSync(join(ROOT, file), 'utf8'),
    }));
    const opening = /(?<![.\w])(?:new\s+)?(?:Database|StatementCachingDatabase)\s*\(/;
    expect(files.filter(({ text }) => opening.test(text)).map(({ file }) => file)).toEqual([
      'electron/core/db/connection.ts',
    ]);
    const callers = files.filter(({ text }) => /\bopenEncrypted\(/.test(text)).map(({ file }) => file);
    // The main connection (create, unlock, recover, import), the worker threads' connections
    // (background check, backups), the staged copy a restore proves, a backup being previewed.
    expect(callers).toEqual(
      expect.arrayContaining([
        'electron/core/vault/vault.ts',
        'electron/core/session/vault-worker.ts',
        'electron/core/vault/backups/restore.ts',
        'electron/core/vault/backups/backup-catalogue.ts',
      ]),
    );
  });

  it('holds for the vault as created, unlocked again and restored, and for a backup it opens or checks', async () => {
    const core = await clockedCore();
    expect(synchronous(core.session.db())).toBe(FULL);
    core.session.lock('quit');
    await core.session.unlock(STRONG);
    expect(synchronous(core.session.db())).toBe(FULL);

    core.advanceHours(1);
    const backup = await core.call('backup:run', {});
    const backupDatabase = vaultPaths(
      join(vaultBackupsRoot(core.dir), parseBackupId(backup.id).name),
    ).database;
    attachForReading(core.session.db(), backupDatabase);
    try {
      expect(synchronous(core.session.db(), CHECK_SCHEMA)).toBe(FULL);
    } finally {
      detach(core.session.db());
    }

    await core.call('backup:restore', { from: { id: backup.id }, passphrase: STRONG });
    expect(synchronous(core.session.db())).toBe(FULL);

    // Opened on its own, as a worker thread or a restore opens a copy.
    const copy = openEncrypted(backupDatabase, parseRecoveryKey(core.recoveryKey), { create: false });
    try {
      expect(synchronous(copy)).toBe(FULL);
    } finally {
      copy.close();
    }
  });
});
