import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { openEncrypted } from '../../electron/core/db/connection';
import type { Db } from '../../electron/core/db/connection';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import type { LockReason } from '../../shared/contract';
import { clockedCore } from './support/clocked-core';
import { STRONG } from './support/temp-vault';

const PAGE = 4096;

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Flips bytes in the middle of the last page of the clients table, in the file on disk. */
function damageClientsPage(db: Db, dir: string): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const page = db.prepare("SELECT max(pageno) FROM dbstat WHERE name = 'clients'").pluck().get() as number;
  const path = vaultPaths(dir).database;
  const bytes = readFileSync(path);
  for (let i = (page - 1) * PAGE + 1000; i < (page - 1) * PAGE + 1016; i++) bytes[i]! ^= 0xff;
  writeFileSync(path, bytes);
}

describe('a vault damaged while open', () => {
  it('is found by the daily check, closed, refused everywhere, never written to, and restorable', async () => {
    const core = await clockedCore();
    await core.call('clients:createEnquiry', { chosenName: 'Before the damage' });
    const backup = await core.call('backup:run', {});
    const locks: LockReason[] = [];
    core.session.on('locked', (reason) => locks.push(reason));
    damageClientsPage(core.session.db(), core.dir);
    const damaged = sha(vaultPaths(core.dir).database);

    core.advanceHours(12);
    await core.session.tick();
    expect(locks).toEqual([]);
    core.advanceHours(13);
    await core.session.tick();

    expect(locks).toEqual(['damaged']);
    const status = await core.call('vault:status', {});
    expect(status.state).toBe('locked');
    expect(status.problem).toEqual({
      code: 'VAULT_DAMAGED',
      message:
        'The daily check found the vault’s database damaged. Nothing more was written to it. Restore it from a backup.',
    });
    const refused = await core.router.call('clients:list', { search: '', sort: 'name' });
    expect(refused.ok || refused.error.code).toBe('VAULT_DAMAGED');
    expect(sha(vaultPaths(core.dir).database)).toBe(damaged);

    // The restore path: the backups can be read with the passphrase while the vault cannot.
    const { entries } = await core.call('backup:list', { passphrase: STRONG });
    expect(entries.map((e) => [e.id, e.contents?.clients])).toEqual([[backup.id, 1]]);
    const restored = await core.call('backup:restore', { from: { id: backup.id }, passphrase: STRONG });
    expect((await core.call('vault:status', {})).problem).toBeNull();
    expect(await core.call('clients:list', { search: '', sort: 'name' })).toHaveLength(1);
    // The damaged vault was set aside exactly as it was: evidence, not something repaired.
    const aside = join(core.dir, 'set-aside', restored.setAside!.split(':')[1]!);
    expect(sha(join(aside, 'rapport.db'))).toBe(damaged);
    core.session.lock('quit');
  });

  it('found while backing up on lock: no lock entry, no checkpoint, no backup kept', async () => {
    const core = await clockedCore();
    await core.call('backup:run', {});
    await core.call('clients:createEnquiry', { chosenName: 'After the backup' });
    const db = core.session.db();
    damageClientsPage(db, core.dir);
    // As if the page had long left the cache: the backup reads it from disk.
    db.pragma('shrink_memory');
    const damaged = sha(vaultPaths(core.dir).database);

    core.session.lock('user');
    // The backup of a lock runs in a worker after the vault has locked.
    await core.session.settled();

    expect(core.session.status().problem?.code).toBe('VAULT_DAMAGED');
    expect(core.backups.status().lastError?.message).toBe('The vault’s database is damaged.');
    expect(readdirSync(join(core.dir, 'backups'))).toHaveLength(1);
    expect(sha(vaultPaths(core.dir).database)).toBe(damaged);
    const keyFile = parseKeyFile(readFileSync(vaultPaths(core.dir).keyFile, 'utf8'));
    const key = (await unwrapDatabaseKey(keyFile, STRONG))!;
    const raw = openEncrypted(vaultPaths(core.dir).database, key, { create: false });
    expect(listAudit(raw, 1)[0]!.action).toBe('client.created');
    raw.close();
  });
});
