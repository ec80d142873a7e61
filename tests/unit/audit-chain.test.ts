import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/db/audit-chain';
import { appendAudit } from '../../electron/core/db/audit';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openEncrypted, type Db } from '../../electron/core/db/connection';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { AppError } from '../../electron/core/base/app-error';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { createVault, unlockVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { VaultSession } from '../../electron/core/session/vault-session';
import { verifyVault } from '../../electron/core/vault/verify';
import { openCore } from './support/open-core';
import { rebuildAsOlderVersion } from './support/older-vault';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const SECRET_NAME = 'Philomena Ashgrove';

async function coreWithActivity() {
  const core = await openCore();
  const { id } = await core.call('clients:createEnquiry', { chosenName: SECRET_NAME });
  await core.call('clients:get', { id });
  const note = await core.call('notes:create', { clientId: id, sessionDate: '2026-03-02', format: 'SOAP' });
  await core.call('notes:get', { id: note.id });
  await core.call('notes:sign', { id: note.id });
  return { core, clientId: id, noteId: note.id, dir: core.dir };
}

async function rawKey(dir: string): Promise<Buffer> {
  return (await unwrapDatabaseKey(parseKeyFile(readFileSync(vaultPaths(dir).keyFile, 'utf8')), STRONG))!;
}

function sealedCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM audit_log WHERE hash IS NOT NULL').pluck().get() as number;
}

/** What someone holding the key, and SQL, could do: take the triggers out of the way first. */
function withoutGuards(db: Db, change: () => void): void {
  db.exec(
    'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_chained;',
  );
  change();
}

describe('the audit trail', () => {
  it('records accesses and changes by id and action, never the clinical text', async () => {
    const { core, clientId, noteId } = await coreWithActivity();
    const { entries } = await core.call('audit:list', {});
    expect(entries.map((e) => [e.action, e.entityId]).reverse()).toEqual([
      ['vault.created', null],
      ['vault.anchored', null],
      ['client.created', clientId],
      ['client.viewed', clientId],
      ['note.created', noteId],
      ['note.viewed', noteId],
      ['note.signed', noteId],
    ]);
    const db = core.session.db();
    const rows = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    expect(rows).not.toContain(SECRET_NAME);
    core.session.lock('quit');
  });

  it('is append-only: the database refuses UPDATE and DELETE, and entries that do not extend the chain', async () => {
    const { core } = await coreWithActivity();
    const db = core.session.db();
    expect(() => db.prepare("UPDATE audit_log SET detail = 'x' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('UPDATE audit_log SET hash = NULL WHERE id = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    expect(() =>
      db.prepare("INSERT INTO audit_log (at, action) VALUES ('2026-01-01T00:00:00.000Z', 'forged')").run(),
    ).toThrow(/extend the chain/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO audit_log (at, action, prev_hash, hash) VALUES ('2026-01-01T00:00:00.000Z', 'forged', ?, ?)",
        )
        .run('0'.repeat(64), 'f'.repeat(64)),
    ).toThrow(/extend the chain/);
    expect(await core.call('audit:verify', {})).toMatchObject({
      ok: true,
      checked: 7,
      unsealed: 0,
      firstBroken: null,
    });
    core.session.lock('quit');
  });

  it('shows the first broken link when an entry is changed, removed or inserted behind the triggers', async () => {
    const changed = await coreWithActivity();
    withoutGuards(changed.core.session.db(), () =>
      changed.core.session.db().prepare("UPDATE audit_log SET entity_id = 'someone-else' WHERE id = 3").run(),
    );
    expect(verifyAuditChain(changed.core.session.db(), LATEST_SCHEMA_VERSION)).toMatchObject({
      ok: false,
      checked: 2,
      unsealed: 0,
      firstBroken: { id: 3, reason: 'This entry was changed after it was written.' },
    });

    const removed = await coreWithActivity();
    withoutGuards(removed.core.session.db(), () =>
      removed.core.session.db().prepare('DELETE FROM audit_log WHERE id = 4').run(),
    );
    expect((await removed.core.call('audit:verify', {})).firstBroken).toEqual({
      id: 5,
      reason:
        'This entry does not follow the one before it: an entry before it was removed, added or changed.',
    });

    // verify (and so `rapport verify`) reports it too.
    const report = verifyVault(removed.core.session.db(), { anchor: null });
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'audit-chain')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^Broken at entry 5: /),
    });
    changed.core.session.lock('quit');
    removed.core.session.lock('quit');
  });

  it('records failed unlocks at the next unlock, as one entry with their number', async () => {
    const dir = join(tempDir(), 'vault');
    const clock = { now: 1_000_000 };
    const session = new VaultSession({ dir, kdf: TEST_KDF, now: () => clock.now });
    await session.create(STRONG);
    session.lock('user');
    for (let i = 0; i < 3; i++) {
      const error = await session.unlock('wrong-passphrase-here').catch((e: unknown) => e);
      expect((error as AppError).code).toBe('WRONG_PASSPHRASE');
    }
    clock.now += 60_000;
    await session.unlock(STRONG);
    const db = session.db();
    const last = db.prepare('SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 3').all();
    expect(last.reverse()).toEqual([
      { action: 'vault.locked', detail: 'user' },
      { action: 'vault.unlock-failed', detail: '3 failed attempts' },
      { action: 'vault.unlocked', detail: null },
    ]);
    // A wrong passphrase while the vault is open is recorded at once.
    await session.changePassphrase('wrong-passphrase-here', 'amber-walrus-meadow-93').catch(() => undefined);
    expect(db.prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toBe(
      'vault.passphrase-failed',
    );
    session.lock('quit');
  });

  it('seals entries written before the chain existed, once, in the migration, and they verify from then on', async () => {
    const dir = join(tempDir(), 'vault');
    const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
    db.close();
    const raw = openEncrypted(vaultPaths(dir).database, await rawKey(dir), { create: false });
    // Rebuild as the last schema before the chain, with entries as it wrote them.
    rebuildAsOlderVersion(
      raw,
      MIGRATIONS.slice(
        0,
        MIGRATIONS.findIndex((m) => m.name === 'audit chain'),
      ),
    );
    const legacy = raw.prepare(
      "INSERT INTO audit_log (at, action, entity_id) VALUES (?, 'client.viewed', ?)",
    );
    for (let i = 0; i < 5; i++) legacy.run(`2026-01-0${i + 1}T10:00:00.000Z`, `client-${i}`);
    expect(verifyAuditChain(raw, 5)).toMatchObject({ ok: true, checked: 0, unsealed: 5 });
    raw.close();

    const opened = await unlockVault(dir, STRONG);
    expect(verifyAuditChain(opened.db, LATEST_SCHEMA_VERSION)).toMatchObject({
      ok: true,
      checked: 5,
      unsealed: 0,
      firstBroken: null,
    });
    appendAudit(opened.db, { action: 'vault.unlocked' });
    expect(verifyAuditChain(opened.db, LATEST_SCHEMA_VERSION)).toMatchObject({ ok: true, checked: 6 });
    // From migration 012 no update at all is allowed, not even filling an empty hash.
    expect(() => opened.db.prepare("UPDATE audit_log SET detail = 'x' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => opened.db.prepare('UPDATE audit_log SET hash = NULL WHERE id = 6').run()).toThrow(
      /append-only/,
    );
    opened.db.close();
  });

  it('never seals again: hashes removed from a chained trail are a break, and nothing is appended after them', async () => {
    const { core, dir } = await coreWithActivity();
    const db = core.session.db();
    withoutGuards(db, () =>
      db.prepare('UPDATE audit_log SET hash = NULL, prev_hash = NULL WHERE id >= 3').run(),
    );
    expect(verifyAuditChain(db, LATEST_SCHEMA_VERSION)).toMatchObject({
      ok: false,
      firstBroken: { id: 3, reason: expect.stringMatching(/lost its hash/) },
    });
    expect(() => appendAudit(db, { action: 'vault.locked' })).toThrow(/no hash/);
    // The lock cannot write its entry either; it locks all the same.
    core.session.lock('user');
    await core.session.settled();
    // Nor does the next unlock seal them (the migration that sealed once has run): the vault
    // opens to be read, as evidence, and nothing is written to it.
    await core.session.unlock(STRONG);
    expect(core.session.readOnly).toBe(true);
    expect(sealedCount(core.session.db())).toBe(2);
    expect(verifyAuditChain(core.session.db(), LATEST_SCHEMA_VERSION).ok).toBe(false);
    const refused = await core.router.call('clients:createEnquiry', { chosenName: 'Someone new' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VAULT_DAMAGED', message: expect.stringMatching(/lost its hash.*nothing is changed/s) },
    });
    core.session.lock('user');
    const reopened = await unlockVault(dir, STRONG);
    expect(sealedCount(reopened.db)).toBe(2);
    reopened.db.close();
  });

  it('can be browsed newest first, filtered and paged, and exported with its hashes', async () => {
    const { core, noteId } = await coreWithActivity();
    const first = await core.call('audit:list', { limit: 4 });
    expect(first.entries.map((e) => e.id)).toEqual([7, 6, 5, 4]);
    const rest = await core.call('audit:list', { limit: 4, beforeId: first.nextBeforeId! });
    expect(rest).toEqual({ entries: expect.any(Array), nextBeforeId: null });
    expect(rest.entries.map((e) => e.id)).toEqual([3, 2, 1]);
    const notes = await core.call('audit:list', { actionPrefix: 'note.' });
    expect(notes.entries.map((e) => e.action)).toEqual(['note.signed', 'note.viewed', 'note.created']);
    const forNote = await core.call('audit:list', {
      entity: 'note',
      entityId: noteId,
      actionPrefix: 'note.v',
    });
    expect(forNote.entries).toHaveLength(1);
    const future = await core.call('audit:list', { from: '2999-01-01T00:00:00Z' });
    expect(future.entries).toEqual([]);

    const out = tempDir();
    const exported = await core.call('audit:export', { outDir: out });
    expect(exported.entries).toBe(7);
    const csv = readFileSync(exported.file, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('id,at,action,entity,entityId,detail,prevHash,hash,actor');
    expect(lines).toHaveLength(8);
    expect(lines[1]).toMatch(/^1,[^,]+,vault\.created,,,,0{64},[0-9a-f]{64},clinician$/);
    expect((await core.call('audit:list', { limit: 1 })).entries[0]!.action).toBe('audit.exported');
    core.session.lock('quit');
  });
});
