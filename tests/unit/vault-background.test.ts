import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { appendAudit, listAudit } from '../../electron/core/db/audit';
import { openEncrypted } from '../../electron/core/db/connection';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { LOCK_FILE } from '../../electron/core/vault/instance-lock';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { readHeader, vaultPaths } from '../../electron/core/vault/vault-files';
import type { LockReason } from '../../shared/contract';
import { clockedCore } from './support/clocked-core';
import { STRONG } from './support/temp-vault';

/*
 * The full check after unlocking and the backups run in a worker thread beside the open vault,
 * so that the main thread (in Electron, every window's) never waits for them.
 */

const PAGE = 4096;

/** A vault with a few years of invented practice: tables of many pages, a copy that takes a while. */
async function seededCore() {
  const core = await clockedCore();
  seedDemo(core.session.db(), { clients: 16, years: 2, seed: '1', until: '2026-01-01' });
  return core;
}

type Core = Awaited<ReturnType<typeof seededCore>>;

/** The session's copy of the database key: private, read here only to prove it is wiped. */
function sessionKey(core: Core): Buffer | null {
  return core.session['workers']['key'];
}

function pageBytes(dir: string, page: number): Buffer {
  return readFileSync(vaultPaths(dir).database).subarray((page - 1) * PAGE, page * PAGE);
}

/** Flips bytes in the middle of one page of the database file, as a failing disk might. */
function damagePage(dir: string, page: number): void {
  const path = vaultPaths(dir).database;
  const bytes = readFileSync(path);
  for (let i = (page - 1) * PAGE + 1000; i < (page - 1) * PAGE + 1016; i++) bytes[i]! ^= 0xff;
  writeFileSync(path, bytes);
}

async function openWithPassphrase(dir: string, database = vaultPaths(dir).database) {
  const key = (await unwrapDatabaseKey(parseKeyFile(readFileSync(vaultPaths(dir).keyFile, 'utf8')), STRONG))!;
  try {
    return openEncrypted(database, key, { create: false });
  } finally {
    key.fill(0);
  }
}

/**
 * Holds the main thread (no event loop turn, no message from any worker handled) until the
 * condition holds, giving up after `limitMs`: whatever happens meanwhile happens elsewhere. Nothing
 * else can stop a test held up here, so the limit is generous: minutes, for a busy machine.
 */
function holdMainThreadUntil(condition: () => boolean, limitMs: number): boolean {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const giveUpAt = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) return false;
    Atomics.wait(pause, 0, 0, 10);
  }
  return true;
}

function finishedBackups(dir: string): string[] {
  const root = join(dir, 'backups');
  return existsSync(root) ? readdirSync(root).filter((name) => !name.startsWith('.')) : [];
}

describe('work beside the open vault', () => {
  it('finds damage that unlocking did not read with the check after unlocking, and writes nothing more', async () => {
    const core = await seededCore();
    const db = core.session.db();
    const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'notes'").pluck().get();
    const leaf = db
      .prepare("SELECT max(pageno) FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf'")
      .pluck()
      .get() as number;
    expect(leaf).not.toBe(root);
    core.session.lock('user');
    await core.session.settled();
    const backups = finishedBackups(core.dir);
    damagePage(core.dir, leaf);
    const damaged = pageBytes(core.dir, leaf);
    const locks: LockReason[] = [];
    core.session.on('locked', (reason) => locks.push(reason));

    await core.session.unlock(STRONG);
    // Unlocking read the schema and the first page of every table and index, not this page.
    expect(core.session.status().state).toBe('unlocked');
    await core.session.settled();

    expect(locks).toEqual(['damaged']);
    expect(core.session.status().problem).toEqual({
      code: 'VAULT_DAMAGED',
      message:
        'The check after unlocking found the vault’s database damaged. Nothing more was written to it. Restore it from a backup.',
    });
    const refused = await core.router.call('clients:list', { search: '', sort: 'name' });
    expect(refused.ok || refused.error.code).toBe('VAULT_DAMAGED');
    expect(pageBytes(core.dir, leaf)).toEqual(damaged);
    expect(finishedBackups(core.dir)).toEqual(backups);
    // The unlock is the last entry: no lock entry, no backup, nothing once the damage was found.
    const raw = await openWithPassphrase(core.dir);
    expect(listAudit(raw, 1)[0]!.action).toBe('vault.unlocked');
    raw.close();
    expect(existsSync(join(core.dir, LOCK_FILE))).toBe(false);
  });

  it('makes a backup in a worker: written and verified while the main thread is held up, encrypted with the vault key', async () => {
    const core = await seededCore();
    let madeWhileHeld: boolean | null = null;
    // The first progress event comes as the copy starts; the main thread then stops for it.
    core.backups.once('progress', () => {
      madeWhileHeld = holdMainThreadUntil(() => finishedBackups(core.dir).length > 0, 300_000);
    });
    const summary = await core.call('backup:run', {});
    expect(madeWhileHeld).toBe(true);

    const [name] = finishedBackups(core.dir);
    expect(summary.id).toBe(`vault:${name}`);
    const database = join(core.dir, 'backups', name!, 'rapport.db');
    expect(readHeader(database).equals(Buffer.from('SQLite format 3\0', 'latin1'))).toBe(false);
    expect(readHeader(database).toString('hex')).toBe(
      parseKeyFile(readFileSync(vaultPaths(core.dir).keyFile, 'utf8')).databaseSalt,
    );
    const copy = await openWithPassphrase(core.dir, database);
    expect(copy.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(16);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(summary.counts.clients).toBe(16);
    expect(() => openEncrypted(database, randomBytes(32), { create: false })).toThrow(/not a database/);
    const plain = new Database(database, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();
    core.session.lock('quit');
  });

  it('keeps a backup the app wrote to while it was copied, and still counts the vault as changed', async () => {
    const core = await seededCore();
    const db = core.session.db();
    let wroteDuringCopy = false;
    core.backups.once('progress', () => {
      // Once the copy is being written, the app saves something (on its own connection).
      const root = join(core.dir, 'backups');
      const partial = () =>
        existsSync(root) && readdirSync(root).some((name) => name.startsWith('.partial-'));
      wroteDuringCopy = holdMainThreadUntil(partial, 300_000);
      appendAudit(db, { action: 'settings.changed', detail: 'while the copy was made' });
    });

    const summary = await core.call('backup:run', {});

    expect(wroteDuringCopy).toBe(true);
    expect(summary.counts.audit_log).toBeLessThanOrEqual(
      db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number,
    );
    expect(core.backups.status().lastError).toBeNull();
    expect(core.backups.hasChanges(db)).toBe(true);
    core.session.lock('quit');
  });

  it('stops a running backup when the vault locks: its thread ends, the key is zeroed, nothing half-written stays', async () => {
    const core = await seededCore();
    // With this one made and nothing changed since, locking makes no backup of its own.
    await core.call('backup:run', {});
    const key = sessionKey(core)!;
    expect(key.some((byte) => byte !== 0)).toBe(true);
    // The first progress event comes from the worker as it starts copying.
    core.backups.once('progress', () => core.session.lock('user'));

    const stopped = await core.router.call('backup:run', {});

    expect(stopped.ok || stopped.error.code).toBe('LOCKED');
    await core.session.settled();
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(sessionKey(core)).toBeNull();
    const root = join(core.dir, 'backups');
    for (const name of readdirSync(root)) {
      expect(readdirSync(join(root, name)).sort(), name).toEqual([
        'manifest.json',
        'rapport.db',
        'rapport.key',
      ]);
    }
    expect(core.backups.status()).toMatchObject({
      running: null,
      lastError: { message: 'The vault locked before the backup finished.' },
    });
    // The database is closed and the vault free for the next unlock.
    expect(existsSync(join(core.dir, LOCK_FILE))).toBe(false);
    await core.session.unlock(STRONG);
    core.session.lock('quit');
  });

  it('fails a "Back up now" that joined a scheduled backup when locking stops that backup', async () => {
    const core = await seededCore();
    const scheduled = core.session.tick();
    core.backups.once('progress', () => core.session.lock('user'));

    const joined = await core.router.call('backup:run', {});

    expect(joined).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: 'The vault locked before the backup finished.' },
    });
    await scheduled;
    await core.session.settled();
    // Only the lock's own backup was made.
    const backups = await core.backups.list(STRONG);
    expect(backups.map((backup) => backup.trigger)).toEqual(['lock']);
  });

  it('stops the check after unlocking when the vault locks again at once, and reports nothing', async () => {
    const core = await seededCore();
    core.session.lock('user');
    await core.session.settled();
    const locks: LockReason[] = [];
    core.session.on('locked', (reason) => locks.push(reason));

    await core.session.unlock(STRONG);
    const key = sessionKey(core)!;
    core.session.lock('user');
    await core.session.settled();

    expect(locks).toEqual(['user']);
    expect(core.session.status().problem).toBeNull();
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(existsSync(join(core.dir, LOCK_FILE))).toBe(false);
    const raw = await openWithPassphrase(core.dir);
    expect(listAudit(raw, 1)[0]).toMatchObject({ action: 'vault.locked', detail: 'user' });
    raw.close();
  });
});
