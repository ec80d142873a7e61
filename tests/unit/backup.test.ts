import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../electron/core/db/connection';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { recoverVault, unlockVault } from '../../electron/core/vault/vault';
import { readHeader, vaultPaths } from '../../electron/core/vault/vault-files';
import type { BackupProgress } from '../../shared/backup/backup-contract';
import { clockedCore } from './support/clocked-core';
import { folderContainsText, STRONG, STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

const SECRET_NAME = 'Zephyrine Quillfeather';
const SECRET_TEXT = 'talked about the lighthouse keeper dream again';

async function coreWithRecords() {
  const core = await clockedCore();
  const { id } = await core.call('clients:createEnquiry', { chosenName: SECRET_NAME });
  const note = await core.call('notes:create', { clientId: id, sessionDate: '2026-03-02', format: 'DAP' });
  await core.call('notes:save', {
    id: note.id,
    baseUpdatedAt: note.updatedAt,
    content: { sessionDate: '2026-03-02', modality: 'video', format: 'DAP', body: { data: SECRET_TEXT } },
  });
  return core;
}

function backupFolders(dir: string): string[] {
  const root = join(dir, 'backups');
  return existsSync(root) ? readdirSync(root) : [];
}

async function keyOf(folder: string, passphrase = STRONG): Promise<Buffer> {
  const keyFile = parseKeyFile(readFileSync(join(folder, 'rapport.key'), 'utf8'));
  return (await unwrapDatabaseKey(keyFile, passphrase))!;
}

describe('a backup', () => {
  it('is a folder with the database encrypted under the vault key, its key file and a manifest', async () => {
    const core = await coreWithRecords();
    const summary = await core.call('backup:run', {});
    const [name] = backupFolders(core.dir);
    expect(summary.id).toBe(`vault:${name}`);
    const folder = join(core.dir, 'backups', name!);
    expect(readdirSync(folder).sort()).toEqual(['manifest.json', 'rapport.db', 'rapport.key']);

    // No plaintext anywhere in the folder: not the client's name, not the note, not SQLite's header.
    expect(folderContainsText(folder, SECRET_NAME)).toBe(false);
    expect(folderContainsText(folder, SECRET_TEXT)).toBe(false);
    expect(folderContainsText(folder, 'SQLite format 3')).toBe(false);
    const database = join(folder, 'rapport.db');
    expect(readHeader(database).toString('hex')).toBe(
      parseKeyFile(readFileSync(vaultPaths(core.dir).keyFile, 'utf8')).databaseSalt,
    );

    // It opens with the vault's key and holds the records ...
    const key = await keyOf(folder);
    const db = openEncrypted(database, key, { create: false });
    expect(db.prepare('SELECT chosen_name FROM clients').pluck().all()).toEqual([SECRET_NAME]);
    expect(db.prepare('SELECT body FROM notes').pluck().get()).toContain(SECRET_TEXT);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // ... and with nothing else: another key, or none at all.
    expect(() => openEncrypted(database, randomBytes(32), { create: false })).toThrow(/not a database/);
    const plain = new Database(database, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();

    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'rapport-backup', version: 1, trigger: 'manual' });
    expect(Object.keys(manifest).sort()).toEqual([
      'auditHead',
      'createdAt',
      'databaseBytes',
      'databaseSha256',
      'format',
      'schemaVersion',
      'trigger',
      'vaultId',
      'version',
    ]);
    // The trail's end, authenticated: what a restore checks the copy against.
    expect(manifest.auditHead).toEqual({
      entry: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(summary.counts).toMatchObject({ clients: 1, notes: 1 });
    core.session.lock('quit');
  });

  it('is all a new laptop needs: the folder alone opens with the passphrase, or the recovery key', async () => {
    const core = await clockedCore();
    await core.call('clients:createEnquiry', { chosenName: SECRET_NAME });
    await core.call('backup:run', {});
    core.session.lock('quit');
    const [name] = backupFolders(core.dir);

    const laptop = join(tempDir(), 'copied-backup');
    cpSync(join(core.dir, 'backups', name!), laptop, { recursive: true });
    const opened = await unlockVault(laptop, STRONG);
    expect(opened.db.prepare('SELECT chosen_name FROM clients').pluck().all()).toEqual([SECRET_NAME]);
    opened.db.close();

    const forgotten = join(tempDir(), 'passphrase-forgotten');
    cpSync(join(core.dir, 'backups', name!), forgotten, { recursive: true });
    const recovered = await recoverVault(forgotten, core.recoveryKey, STRONG_2, { kdf: TEST_KDF });
    expect(recovered.db.prepare('SELECT chosen_name FROM clients').pluck().all()).toEqual([SECRET_NAME]);
    recovered.db.close();
  });

  it('can be made after the passphrase changed, and opens with the passphrase of its time', async () => {
    const core = await clockedCore();
    await core.call('backup:run', {});
    await core.session.changePassphrase(STRONG, STRONG_2);
    core.advanceHours(24);
    await core.call('backup:run', {});
    core.session.lock('quit');
    const [first, second] = backupFolders(core.dir).sort();
    expect(await keyOf(join(core.dir, 'backups', first!), STRONG)).not.toBeNull();
    expect(await keyOf(join(core.dir, 'backups', second!), STRONG_2)).not.toBeNull();
  });

  it('is made on lock and quit when something changed, and not when nothing did', async () => {
    const core = await clockedCore();
    const lockAfterAnHour = async (reason: 'user' | 'idle' | 'quit', change: boolean) => {
      await core.session.unlock(STRONG);
      if (change) await core.call('clients:createEnquiry', { chosenName: 'Changed' });
      core.advanceHours(1);
      core.session.lock(reason);
    };
    // With no backup at all yet, the first lock makes one although nothing changed.
    core.session.lock('user');
    await lockAfterAnHour('user', false);
    await lockAfterAnHour('idle', true);
    await lockAfterAnHour('quit', true);
    await lockAfterAnHour('quit', false);
    await core.session.unlock(STRONG);
    const { entries } = await core.call('audit:list', { actionPrefix: 'backup.created' });
    expect(entries.map((e) => e.detail).reverse()).toEqual(['lock', 'lock', 'quit']);
    core.session.lock('quit');
  });

  it('is made once a day while the vault stays open', async () => {
    const core = await clockedCore();
    await core.session.tick();
    expect(backupFolders(core.dir)).toHaveLength(1);
    for (let hour = 1; hour <= 23; hour++) {
      core.advanceHours(1);
      await core.session.tick();
    }
    expect(backupFolders(core.dir)).toHaveLength(1);
    core.advanceHours(1);
    await core.session.tick();
    expect(backupFolders(core.dir)).toHaveLength(2);
    const status = await core.call('backup:status', {});
    expect(status.lastGood?.trigger).toBe('daily');
    expect(status.stale).toBe(false);
    core.session.lock('quit');
  });

  it('reports its stages as progress events, and the status says when the last good one was made', async () => {
    const core = await clockedCore();
    expect(await core.call('backup:status', {})).toMatchObject({
      lastGood: null,
      stale: true,
      running: null,
    });
    const seen: BackupProgress[] = [];
    core.backups.on('progress', (progress) => seen.push(progress));
    const summary = await core.call('backup:run', {});
    expect(seen.map((p) => p.phase)).toEqual(['writing', 'pruning', 'done']);
    expect(seen.map((p) => `${p.step}/${p.steps}`)).toEqual(['1/2', '2/2', '2/2']);
    const status = await core.call('backup:status', {});
    expect(status.lastGood).toEqual({ id: summary.id, createdAt: summary.createdAt, trigger: 'manual' });
    core.advanceHours(3 * 24 + 1);
    expect((await core.call('backup:status', {})).stale).toBe(true);
    core.session.lock('quit');
  });

  it('asked for while the schedule makes one, is that backup: its progress, then its result', async () => {
    const core = await clockedCore();
    // With no backup yet, the schedule's round starts the daily one at once.
    const scheduled = core.session.tick();
    expect(core.backups.status().running).not.toBeNull();
    const seen: BackupProgress[] = [];
    core.backups.on('progress', (progress) => seen.push(progress));

    const summary = await core.call('backup:run', {});
    await scheduled;

    expect(summary.trigger).toBe('daily');
    expect(backupFolders(core.dir)).toEqual([summary.id.replace('vault:', '')]);
    expect(seen.map((p) => p.phase)).toEqual(['writing', 'pruning', 'done']);
    expect((await core.call('backup:status', {})).lastGood?.id).toBe(summary.id);
    const { entries } = await core.call('audit:list', { actionPrefix: 'backup.' });
    expect(entries.map((e) => e.detail)).toEqual(['daily']);
    core.session.lock('quit');
  });

  it('records itself in the audit log, by id', async () => {
    const core = await clockedCore();
    const summary = await core.call('backup:run', {});
    const { entries } = await core.call('audit:list', { actionPrefix: 'backup.' });
    expect(entries.map((e) => [e.action, `vault:${e.entityId}`, e.detail])).toEqual([
      ['backup.created', summary.id, 'manual'],
    ]);
    core.session.lock('quit');
  });

  it('leaves no half-written folder behind, and ignores one a crash left', async () => {
    const core = await clockedCore();
    const leftover = join(core.dir, 'backups', '.partial-rapport-backup-2026-03-01T09-00-00.000Z');
    mkdirSync(leftover, { recursive: true });
    writeFileSync(join(leftover, 'rapport.db'), 'cut short');
    expect((await core.call('backup:list', {})).entries).toEqual([]);
    await core.call('backup:run', {});
    expect(backupFolders(core.dir)).toHaveLength(1);
    expect(existsSync(leftover)).toBe(false);
    core.session.lock('quit');
  });

  it('is copied to the second folder and checked there; a missing drive fails only the copy', async () => {
    const core = await coreWithRecords();
    const drive = tempDir();
    const status = await core.call('backup:setSecondFolder', { path: drive });
    expect(status.secondFolder).toBe(drive);
    const seen: string[] = [];
    core.backups.on('progress', (progress) => seen.push(progress.phase));
    const summary = await core.call('backup:run', {});
    expect(seen).toEqual(['writing', 'copying-to-second-folder', 'pruning', 'done']);
    expect(summary.secondCopy).toBe('copied');
    const vaultId = parseKeyFile(readFileSync(vaultPaths(core.dir).keyFile, 'utf8')).vaultId;
    const copy = join(drive, 'Rapport backups', vaultId, summary.id.split(':')[1]!);
    expect(readdirSync(copy).sort()).toEqual(['manifest.json', 'rapport.db', 'rapport.key']);
    expect(folderContainsText(copy, SECRET_NAME)).toBe(false);
    expect(readFileSync(join(copy, 'rapport.db'))).toEqual(
      readFileSync(join(core.dir, 'backups', summary.id.split(':')[1]!, 'rapport.db')),
    );
    const listed = (await core.call('backup:list', {})).entries;
    expect(listed.map((e) => [e.location, e.contents?.clients])).toEqual([
      ['vault', 1],
      ['second', 1],
    ]);

    rmSync(drive, { recursive: true, force: true });
    writeFileSync(drive, 'the drive is gone; a file sits where it was');
    core.advanceHours(24);
    const next = await core.call('backup:run', {});
    expect(next.secondCopy).toBe('failed');
    expect((await core.call('backup:status', {})).lastError?.message).toMatch(
      /^The backup was made, but its copy in the second folder failed/,
    );
    expect(backupFolders(core.dir)).toHaveLength(2);

    // The failure belonged to the vault a restore replaces: it is not shown over the restored one.
    await core.call('backup:restore', { from: { id: summary.id }, passphrase: STRONG });
    expect((await core.call('backup:status', {})).lastError).toBeNull();
    core.session.lock('quit');
  });

  it('refuses a second folder that does not exist or lies inside the vault', async () => {
    const core = await clockedCore();
    const missing = await core.router.call('backup:setSecondFolder', { path: join(tempDir(), 'nope') });
    expect(missing.ok || missing.error.message).toBe(
      'That folder does not exist. Choose an existing folder.',
    );
    mkdirSync(join(core.dir, 'backups'), { recursive: true });
    const inside = await core.router.call('backup:setSecondFolder', { path: join(core.dir, 'backups') });
    expect(inside.ok || inside.error.message).toMatch(/^Choose a folder outside the vault/);
    expect((await core.call('backup:status', {})).secondFolder).toBeNull();
    core.session.lock('quit');
  });

  it('lists what each backup holds: through the open vault, with the passphrase while locked, or not at all', async () => {
    const core = await coreWithRecords();
    await core.call('backup:run', {});
    const open = (await core.call('backup:list', {})).entries;
    expect(open[0]).toMatchObject({ location: 'vault', trigger: 'manual', sameVault: true, problem: null });
    expect(open[0]!.contents).toMatchObject({ clients: 1, notes: 1 });
    core.session.lock('user');
    expect((await core.call('backup:list', {})).entries[0]!.contents).toBeNull();
    expect((await core.call('backup:list', { passphrase: STRONG })).entries[0]!.contents).toEqual(
      open[0]!.contents,
    );
    const wrong = await core.router.call('backup:list', { passphrase: 'definitely-not-it-42' });
    expect(wrong.ok || wrong.error.code).toBe('WRONG_PASSPHRASE');
  });
});
