import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, isChannel } from '../../shared/contract';
import { CUSTODIAN_ALLOWED } from '../../shared/custodian/custodian-contract';
import { auditEntryHash } from '../../electron/core/db/audit-hash';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { createAppCore } from '../../electron/core/router/app-core';
import { formatRecoveryKey } from '../../electron/core/vault/recovery-key';
import { clockedCore } from './support/clocked-core';
import { dumpTables } from './support/open-core';
import { STRONG, STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

type Core = Awaited<ReturnType<typeof clockedCore>>;

/** A vault with one active client and a signed note, locked, for the custodian to open. */
async function practiceToHandOver() {
  const core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'));
  const { id: clientId } = await core.call('clients:createEnquiry', {
    chosenName: 'Ada Moreno',
    phone: '+44 20 7946 0018',
    email: 'ada@example.org',
    startAs: 'active',
  });
  const created = await core.call('notes:create', { clientId, sessionDate: '2026-02-23', format: 'DAP' });
  await core.call('notes:save', {
    id: created.id,
    baseUpdatedAt: created.updatedAt,
    content: {
      sessionDate: '2026-02-23',
      modality: 'in-person',
      format: 'DAP',
      body: { data: 'Spoke of the move to Leeds in 2021.' },
    },
  });
  await core.call('notes:sign', { id: created.id });
  const before = lastId(core);
  core.session.lock('user');
  await core.session.settled();
  return { core, clientId, noteId: created.id, before };
}

async function openAsCustodian(core: Core) {
  const result = await core.router.call('vault:unlockAsCustodian', { recoveryKey: core.recoveryKey });
  expect(result).toEqual({ ok: true, value: null });
  // The integrity check after unlocking runs beside the vault and records itself: let it finish.
  await core.session.settled();
}

function entries(core: Core, since = 0) {
  return core.session
    .db()
    .prepare('SELECT action, actor, detail FROM audit_log WHERE id > ? ORDER BY id')
    .all(since) as { action: string; actor: string; detail: string | null }[];
}

function lastId(core: Core): number {
  return core.session.db().prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
}

describe('the records custodian’s read-only session', () => {
  it('opens with the recovery key, refuses every channel it does not list, and changes nothing', async () => {
    const { core, before } = await practiceToHandOver();
    await openAsCustodian(core);
    expect(core.session.status()).toMatchObject({ state: 'unlocked', custodian: true });

    const allowed = new Set<string>(CUSTODIAN_ALLOWED);
    const refused = CHANNEL_NAMES.filter((channel) => !allowed.has(channel));
    for (const writer of [
      'notes:save',
      'notes:sign',
      'notes:addAddendum',
      'intake:save',
      'retention:destroy',
    ]) {
      expect(refused).toContain(writer);
    }
    const dump = dumpTables(core);
    for (const channel of refused) {
      const result = await core.router.invoke(channel, {});
      expect(result, channel).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringMatching(/^Read-only custodian mode/) },
      });
    }
    expect(dumpTables(core)).toEqual(dump);
    expect(entries(core, before).map((e) => [e.action, e.actor])).toEqual([
      ['backup.created', 'clinician'],
      ['vault.locked', 'clinician'],
      ['custodian.session-started', 'custodian'],
      ['vault.checked', 'custodian'],
    ]);
    core.session.lock('user');
    await core.session.settled();
  });

  it('lists only channels of the contract, and lets the reading ones through', async () => {
    expect(CUSTODIAN_ALLOWED.filter((channel) => !isChannel(channel))).toEqual([]);
    const { core, clientId, noteId } = await practiceToHandOver();
    await openAsCustodian(core);
    for (const channel of CUSTODIAN_ALLOWED.filter((c) => c !== 'vault:lock')) {
      const result = await core.router.invoke(channel, {});
      expect(JSON.stringify(result), channel).not.toMatch(/custodian mode/);
    }
    const clients = await core.call('clients:list', { sort: 'name' });
    expect(clients.map((c) => c.chosenName)).toEqual(['Ada Moreno']);
    expect((await core.call('notes:get', { id: noteId })).signedAt).not.toBeNull();
    expect(JSON.stringify(await core.call('summary:preview', { clientId }))).toContain('Ada Moreno');
    expect((await core.call('audit:verify', {})).ok).toBe(true);
    core.session.lock('user');
    await core.session.settled();
  });

  it('cannot write through the database itself, but its audit entries are written and marked', async () => {
    const { core, noteId } = await practiceToHandOver();
    await openAsCustodian(core);
    const db = core.session.db();
    const since = lastId(core);
    expect(() => db.prepare("UPDATE clients SET chosen_name = 'Someone else'").run()).toThrow(
      expect.objectContaining({ code: 'SQLITE_READONLY' }),
    );
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('x', 'y')").run()).toThrow(
      expect.objectContaining({ code: 'SQLITE_READONLY' }),
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO audit_log (at, action, actor) VALUES ('2026-03-02T09:00:00Z', 'forged', 'clinician')",
        )
        .run(),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
    // Reading a note records the view, as the custodian's.
    await core.call('notes:get', { id: noteId });
    const viewed = entries(core, since);
    expect(viewed.length).toBeGreaterThan(0);
    expect(viewed.every((entry) => entry.actor === 'custodian')).toBe(true);
    // Still read-only after the audit writer's own insert.
    expect(() => db.prepare("UPDATE clients SET chosen_name = 'Someone else'").run()).toThrow();
    // A reading channel that tried to write would be told why in plain words, not "something went wrong".
    expect(core.session.refusalOfWrites()?.message).toMatch(/^Read-only custodian mode/);

    core.session.lock('user');
    await core.session.settled();
    await core.session.unlock(STRONG);
    const trail = entries(core, since);
    expect(trail.at(-2)).toMatchObject({
      action: 'custodian.session-ended',
      actor: 'custodian',
      detail: 'user',
    });
    expect(trail.at(-1)).toMatchObject({ action: 'vault.unlocked', actor: 'clinician' });
    expect(core.session.status().custodian).toBe(false);
    // The clinician's session writes again, and the chain holds across both kinds of entry.
    await core.call('clients:createEnquiry', { chosenName: 'Ben Ito' });
    expect(await core.call('audit:verify', {})).toMatchObject({ ok: true, firstBroken: null });
    core.session.lock('user');
    await core.session.settled();
  });

  it('hashes who acted, so a custodian’s entry cannot pass for the clinician’s', () => {
    const fields = {
      at: '2026-03-02T09:00:00.000Z',
      action: 'record.printed',
      entity: 'client',
      entityId: 'c1',
      detail: null,
      prevHash: '0'.repeat(64),
    };
    const clinician = auditEntryHash({ ...fields, actor: 'clinician' });
    expect(clinician).toBe(auditEntryHash(fields));
    expect(auditEntryHash({ ...fields, actor: 'custodian' })).not.toBe(clinician);
  });

  it('refuses a wrong recovery key under the unlock screen’s throttle, and a vault already open', async () => {
    const { core } = await practiceToHandOver();
    const wrong = formatRecoveryKey(randomBytes(32));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const result = await core.router.call('vault:unlockAsCustodian', { recoveryKey: wrong });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'WRONG_PASSPHRASE', message: 'That recovery key does not open this vault.' },
      });
    }
    // The third miss asks for a wait before the next try, whatever is typed, the right key too.
    const throttled = await core.router.call('vault:unlockAsCustodian', { recoveryKey: core.recoveryKey });
    expect(throttled).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(throttled.ok ? '' : throttled.error.message).toMatch(/^Too many attempts/);
    const mistyped = await core.router.call('vault:unlockAsCustodian', { recoveryKey: 'ABCD-EFGH' });
    expect(mistyped).toMatchObject({ ok: false });
    expect(core.session.status().state).toBe('locked');

    core.clock.now += 120_000;
    await openAsCustodian(core);
    const again = await core.router.call('vault:unlockAsCustodian', { recoveryKey: core.recoveryKey });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // The misses are recorded at the next opening, as the custodian's.
    expect(entries(core).filter((e) => e.action === 'vault.unlock-failed')).toEqual([
      { action: 'vault.unlock-failed', actor: 'custodian', detail: '3 failed attempts' },
    ]);
    core.session.lock('user');
    await core.session.settled();
  });

  it('keeps who acted through an open export and an import, with the chain intact', async () => {
    const { core } = await practiceToHandOver();
    await openAsCustodian(core);
    core.session.lock('user');
    await core.session.settled();
    await core.session.unlock(STRONG);
    const exported = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: true });
    const actors = core.session
      .db()
      .prepare('SELECT actor, count(*) AS n FROM audit_log GROUP BY actor ORDER BY actor')
      .all();
    core.session.lock('quit');

    const dir = join(tempDir(), 'imported');
    await importVault(dir, STRONG_2, join(exported.folder, 'rapport-export.json'), { kdf: TEST_KDF });
    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF, tickMs: null });
    await imported.session.unlock(STRONG_2);
    const db = imported.session.db();
    const after = db
      .prepare(
        "SELECT actor, count(*) AS n FROM audit_log WHERE action NOT IN ('vault.imported', 'vault.unlocked') GROUP BY actor ORDER BY actor",
      )
      .all() as { actor: string; n: number }[];
    expect(after.find((row) => row.actor === 'custodian')).toEqual(
      (actors as { actor: string; n: number }[]).find((row) => row.actor === 'custodian'),
    );
    expect((await imported.router.call('audit:verify', {})).ok).toBe(true);
    imported.session.lock('quit');
    await imported.session.settled();
  });
});
