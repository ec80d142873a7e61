import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKeyFile } from '../../electron/core/vault/key-file';
import { inspectVaultFolder, readHeader, vaultPaths } from '../../electron/core/vault/vault-files';
import { clockedCore } from './support/clocked-core';
import { snapshotFolder, STRONG, STRONG_2, tempDir } from './support/temp-vault';

async function names(core: Awaited<ReturnType<typeof clockedCore>>): Promise<string[]> {
  const clients = await core.call('clients:list', { search: '', sort: 'name' });
  return clients.map((c) => c.chosenName);
}

/** The vault's own files (not its backups or set-aside folders), by content. */
function vaultFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['rapport.db', 'rapport.db-wal', 'rapport.key']) {
    const path = join(dir, name);
    if (existsSync(path)) out[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

describe('restoring a backup', () => {
  it('puts the backup in place, keeps the replaced vault aside, and can itself be undone', async () => {
    const core = await clockedCore();
    await core.call('clients:createEnquiry', { chosenName: 'Ada' });
    const backup = await core.call('backup:run', {});
    await core.call('clients:createEnquiry', { chosenName: 'Bea' });

    const restored = await core.call('backup:restore', { from: { id: backup.id }, passphrase: STRONG });
    expect(restored.restored).toBe(backup.id);
    expect(restored.contents).toMatchObject({ clients: 1 });
    expect(core.session.status().state).toBe('unlocked');
    expect(await names(core)).toEqual(['Ada']);
    // The restored files belong together: the key file's salt is the database's.
    const presence = inspectVaultFolder(core.dir);
    expect(presence.state).toBe('present');
    expect(readHeader(vaultPaths(core.dir).database).toString('hex')).toBe(
      parseKeyFile(readFileSync(vaultPaths(core.dir).keyFile, 'utf8')).databaseSalt,
    );
    const { entries } = await core.call('audit:list', { actionPrefix: 'vault.restored' });
    expect(entries[0]).toMatchObject({ entity: 'backup', entityId: backup.id });

    // The replaced vault is listed like a backup, with what it holds; restoring it undoes the restore.
    const listed = (await core.call('backup:list', {})).entries;
    const aside = listed.find((e) => e.id === restored.setAside)!;
    expect(aside).toMatchObject({ location: 'set-aside', trigger: null, sameVault: true });
    expect(aside.contents).toMatchObject({ clients: 2 });
    await core.call('backup:restore', { from: { id: aside.id }, passphrase: STRONG });
    expect(await names(core)).toEqual(['Ada', 'Bea']);
    expect(readdirSync(join(core.dir, 'set-aside'))).toHaveLength(2);
    core.session.lock('quit');
  });

  it('keeps the current passphrase when given it, or takes the backup’s when given that one', async () => {
    const core = await clockedCore();
    const backup = await core.call('backup:run', {});
    await core.session.changePassphrase(STRONG, STRONG_2);

    await core.call('backup:restore', { from: { id: backup.id }, passphrase: STRONG_2 });
    core.session.lock('user');
    await core.session.unlock(STRONG_2);

    await core.call('backup:restore', { from: { id: backup.id }, passphrase: STRONG });
    core.session.lock('user');
    await core.session.unlock(STRONG);
    core.session.lock('quit');
  });

  it('moves a vault to a new laptop: from the backup folder alone, with the passphrase or recovery key', async () => {
    const core = await clockedCore();
    await core.call('clients:createEnquiry', { chosenName: 'Ada' });
    const backup = await core.call('backup:run', {});
    core.session.lock('quit');
    const carried = join(tempDir(), 'Ada Lovelace backups');
    cpSync(join(core.dir, 'backups', backup.id.split(':')[1]!), carried, { recursive: true });

    const laptop = await clockedCore(undefined, join(tempDir(), 'new-laptop', 'vault'));
    // A fresh, empty vault stands in for "Rapport just installed"; restoring replaces it.
    const result = await laptop.call('backup:restore', { from: { path: carried }, passphrase: STRONG });
    expect(result.restored).toBe(carried);
    expect(await names(laptop)).toEqual(['Ada']);
    // The folder's name can be a client's: the audit trail records that a folder was used, not which.
    const { entries } = await laptop.call('audit:list', { actionPrefix: 'vault.restored' });
    expect(entries[0]).toMatchObject({ entity: 'backup', entityId: 'a chosen folder' });
    expect(JSON.stringify(entries)).not.toContain('Lovelace');
    laptop.session.lock('quit');

    const other = await clockedCore(undefined, join(tempDir(), 'other-laptop', 'vault'));
    await other.call('backup:restore', {
      from: { path: carried },
      recoveryKey: core.recoveryKey,
      newPassphrase: STRONG_2,
      confirmation: STRONG_2,
    });
    expect(await names(other)).toEqual(['Ada']);
    other.session.lock('user');
    await other.session.unlock(STRONG_2);
    other.session.lock('quit');
  });

  it('shows what a chosen folder holds before restoring it, reading it and nothing else', async () => {
    const core = await clockedCore();
    await core.call('clients:createEnquiry', { chosenName: 'Ada' });
    await core.call('clients:createEnquiry', { chosenName: 'Bea' });
    const backup = await core.call('backup:run', {});
    const carried = join(tempDir(), 'carried');
    cpSync(join(core.dir, 'backups', backup.id.split(':')[1]!), carried, { recursive: true });

    // The open vault reads its own backup without being asked for a secret.
    const own = await core.call('backup:inspect', { path: carried });
    expect(own).toMatchObject({
      createdAt: backup.createdAt,
      trigger: 'manual',
      sameVault: true,
      problem: null,
    });
    expect(own.contents).toMatchObject({ clients: 2 });
    const otherKey = (await clockedCore()).recoveryKey;
    core.session.lock('quit');

    const laptop = await clockedCore(undefined, join(tempDir(), 'new-laptop', 'vault'));
    laptop.session.lock('user');
    const before = snapshotFolder(carried);
    // Its date and kind can be read at once; what it holds needs the passphrase or the recovery key.
    const bare = await laptop.call('backup:inspect', { path: carried });
    expect(bare).toMatchObject({ createdAt: backup.createdAt, trigger: 'manual', sameVault: false });
    expect(bare.contents).toBeNull();
    const withPassphrase = await laptop.call('backup:inspect', { path: carried, passphrase: STRONG });
    expect(withPassphrase.contents).toEqual(own.contents);
    const withKey = await laptop.call('backup:inspect', { path: carried, recoveryKey: core.recoveryKey });
    expect(withKey.contents).toEqual(own.contents);

    const wrong = await laptop.router.call('backup:inspect', {
      path: carried,
      passphrase: 'not-the-one-at-all-9',
    });
    expect(wrong.ok || wrong.error.code).toBe('WRONG_PASSPHRASE');
    const wrongKey = await laptop.router.call('backup:inspect', { path: carried, recoveryKey: otherKey });
    expect(wrongKey.ok || wrongKey.error).toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: 'That recovery key does not open this backup, or the backup is damaged.',
    });
    const empty = await laptop.router.call('backup:inspect', { path: tempDir() });
    expect(empty.ok || empty.error.code).toBe('NOT_FOUND');
    expect(snapshotFolder(carried)).toEqual(before);

    // Previewing is a door like unlocking: its misses are throttled and recorded.
    await laptop.session.unlock(STRONG);
    const { entries } = await laptop.call('audit:list', { actionPrefix: 'vault.unlock-failed' });
    expect(entries.map((e) => e.detail)).toEqual(['2 failed attempts']);
    laptop.session.lock('quit');
  });

  it('refuses a wrong passphrase or recovery key, changes nothing, and counts the attempts', async () => {
    const core = await clockedCore();
    const backup = await core.call('backup:run', {});
    const otherKey = (await clockedCore()).recoveryKey;
    core.session.lock('user');
    const before = vaultFiles(core.dir);
    const wrong = await core.router.call('backup:restore', {
      from: { id: backup.id },
      passphrase: 'not-the-right-one-77',
    });
    expect(wrong.ok || wrong.error.code).toBe('WRONG_PASSPHRASE');
    const wrongKey = await core.router.call('backup:restore', {
      from: { id: backup.id },
      recoveryKey: otherKey,
      newPassphrase: STRONG_2,
      confirmation: STRONG_2,
    });
    expect(wrongKey.ok || wrongKey.error.code).toBe('WRONG_PASSPHRASE');
    expect(existsSync(join(core.dir, 'set-aside'))).toBe(false);
    expect(existsSync(join(core.dir, '.restore-staging'))).toBe(false);
    expect(vaultFiles(core.dir)).toEqual(before);
    // Restoring is a door into the vault like unlocking: its misses are throttled and recorded.
    await core.session.unlock(STRONG);
    const { entries } = await core.call('audit:list', { actionPrefix: 'vault.unlock-failed' });
    expect(entries.map((e) => e.detail)).toEqual(['2 failed attempts']);
    core.session.lock('quit');
  });

  it('refuses a damaged backup before touching the vault', async () => {
    const core = await clockedCore();
    const backup = await core.call('backup:run', {});
    const database = join(core.dir, 'backups', backup.id.split(':')[1]!, 'rapport.db');
    const bytes = readFileSync(database);
    for (let i = 4096 + 500; i < 4096 + 520; i++) bytes[i]! ^= 0x55;
    writeFileSync(database, bytes);
    core.session.lock('user');
    const before = snapshotFolder(join(core.dir, 'backups', backup.id.split(':')[1]!));
    const files = vaultFiles(core.dir);
    const refused = await core.router.call('backup:restore', { from: { id: backup.id }, passphrase: STRONG });
    expect(refused.ok || refused.error.code).toBe('VAULT_DAMAGED');
    expect(vaultFiles(core.dir)).toEqual(files);
    expect(snapshotFolder(join(core.dir, 'backups', backup.id.split(':')[1]!))).toEqual(before);
    expect(existsSync(join(core.dir, '.restore-staging'))).toBe(false);
  });

  it('takes only ids it made: no path can be slipped in through an id', async () => {
    const core = await clockedCore();
    for (const id of [
      'vault:../../etc',
      'second:rapport-backup-x',
      'elsewhere:rapport-backup-2026-01-01T00-00-00.000Z',
    ]) {
      const result = await core.router.call('backup:restore', { from: { id }, passphrase: STRONG });
      expect(result.ok || result.error.code).toBe('NOT_FOUND');
    }
    core.session.lock('quit');
  });
});
