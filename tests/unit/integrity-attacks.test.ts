import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteContentHash, type FingerprintedNote } from '../../electron/core/db/note-fingerprint';
import { auditEntryHash, GENESIS_HASH } from '../../electron/core/db/audit-hash';
import { openEncrypted, type Db } from '../../electron/core/db/connection';
import { dropTriggers, restoreTriggers } from '../../electron/core/db/export';
import { createAppCore } from '../../electron/core/router/app-core';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import type { IntegrityReport } from '../../shared/integrity/integrity-contract';
import { runCliInMemory } from './support/run-cli-in-memory';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

/*
 * Attacks by someone who holds the vault key (the recovery key, say) and edits the database with
 * the same SQLCipher library, outside Rapport: each must make `rapport verify` exit 4 and name what
 * was done, and each must be seen however the attacker tidies up after (triggers put back exactly).
 */

const env = { RAPPORT_PASSPHRASE: STRONG };

function fingerprints(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        entry.name,
        createHash('sha256')
          .update(readFileSync(join(dir, entry.name)))
          .digest('hex'),
      ]),
  );
}

/** A locked vault with a client, a signed note with an addendum, and a trail of a few dozen entries. */
async function signedVault() {
  const dir = join(tempDir(), 'vault');
  const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF, tickMs: null });
  await core.session.create(STRONG);
  const call = async <T>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>) => {
    const settled = await result;
    if (!settled.ok) throw new Error(JSON.stringify(settled.error));
    return settled.value as T;
  };
  const practice = await call<Record<string, string>>(core.router.call('practice:get', {}));
  await call(
    core.router.call('practice:update', {
      ...practice,
      clinicianName: 'Dr Amira Haddad',
      credentials: 'PsyD',
    }),
  );
  const { id: clientId } = await call<{ id: string }>(
    core.router.call('clients:createEnquiry', { chosenName: 'Yusuf' }),
  );
  const note = await call<{ id: string; updatedAt: string }>(
    core.router.call('notes:create', { clientId, sessionDate: '2026-03-02', format: 'DAP' }),
  );
  await call(
    core.router.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: {
        sessionDate: '2026-03-02',
        modality: 'video',
        format: 'DAP',
        body: { data: 'Talked about sleep and passive thoughts of not waking up; safety plan agreed.' },
      },
    }),
  );
  await call(core.router.call('notes:sign', { id: note.id }));
  await call(core.router.call('notes:addAddendum', { noteId: note.id, body: 'Session ran 55 minutes.' }));
  for (let i = 0; i < 20; i++) await call(core.router.call('notes:get', { id: note.id }));
  core.session.lock('quit');
  await core.session.settled();
  return { dir, clientId, noteId: note.id };
}

async function rawKey(dir: string): Promise<Buffer> {
  return (await unwrapDatabaseKey(parseKeyFile(readFileSync(vaultPaths(dir).keyFile, 'utf8')), STRONG))!;
}

/** Opens the vault as the attacker does, takes every trigger out of the way, and puts them back exactly. */
async function asAttacker(
  dir: string,
  work: (db: Db) => void,
  options = { restoreTriggers: true },
): Promise<void> {
  const db = openEncrypted(vaultPaths(dir).database, await rawKey(dir), { create: false });
  try {
    // Rapport's own statements for setting triggers aside (the import's), used as an attacker would.
    const triggers = dropTriggers(db);
    work(db);
    if (options.restoreTriggers) restoreTriggers(db, triggers);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** Rewrites every audit entry's hash and link from `from` on, as a careful attacker would. */
function rechain(db: Db, from: number): void {
  const rows = db
    .prepare('SELECT id, at, action, entity, entity_id AS entityId, detail, hash FROM audit_log ORDER BY id')
    .all() as {
    id: number;
    at: string;
    action: string;
    entity: string | null;
    entityId: string | null;
    detail: string | null;
    hash: string;
  }[];
  let prevHash = GENESIS_HASH;
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  for (const row of rows) {
    if (row.id < from) {
      prevHash = row.hash;
      continue;
    }
    const hash = auditEntryHash({ ...row, prevHash });
    update.run(prevHash, hash, row.id);
    prevHash = hash;
  }
}

async function verify(dir: string): Promise<{ code: number; report: IntegrityReport; stderr: string }> {
  const before = fingerprints(dir);
  const run = await runCliInMemory(['verify', '--vault', dir, '--json'], env);
  // Verifying writes nothing, whatever it finds.
  expect(fingerprints(dir)).toEqual(before);
  return { code: run.code, report: JSON.parse(run.stdout) as IntegrityReport, stderr: run.stderr };
}

describe('rapport verify against someone editing the vault with its key', () => {
  it('passes the vault as Rapport left it', async () => {
    const { dir } = await signedVault();
    const { code, report } = await verify(dir);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('names a dropped protective trigger', async () => {
    const { dir } = await signedVault();
    await asAttacker(dir, () => undefined, { restoreTriggers: false });
    const { code, report } = await verify(dir);
    expect(code).toBe(4);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        check: 'schema',
        message: expect.stringMatching(/trigger "notes_signed_frozen" has been removed/),
      }),
    );
  });

  it('names a signed note whose text was edited', async () => {
    const { dir, noteId, clientId } = await signedVault();
    await asAttacker(dir, (db) =>
      db
        .prepare(`UPDATE notes SET body = json_set(body, '$.data', 'Denied any risk.') WHERE id = ?`)
        .run(noteId),
    );
    const { code, report } = await verify(dir);
    expect(code).toBe(4);
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'signatures',
        message: expect.stringMatching(/changed after it was signed/),
        record: { kind: 'note', id: noteId, clientId },
      }),
    ]);
  });

  it('names a signed note edited with its fingerprint recomputed', async () => {
    const { dir, noteId, clientId } = await signedVault();
    await asAttacker(dir, (db) => {
      db.prepare(`UPDATE notes SET body = json_set(body, '$.data', 'Denied any risk.') WHERE id = ?`).run(
        noteId,
      );
      const row = db.prepare('SELECT * FROM notes WHERE id = ?').get(noteId) as FingerprintedNote;
      db.prepare('UPDATE notes SET content_hash = ? WHERE id = ?').run(noteContentHash(row), noteId);
    });
    const { code, report } = await verify(dir);
    expect(code).toBe(4);
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'signatures',
        message: expect.stringMatching(/both rewritten/),
        record: { kind: 'note', id: noteId, clientId },
      }),
    ]);
  });

  it('names an edited addendum', async () => {
    const { dir, noteId } = await signedVault();
    await asAttacker(dir, (db) =>
      db.prepare("UPDATE note_addenda SET body = 'Session ran 20 minutes.'").run(),
    );
    const { code, report } = await verify(dir);
    expect(code).toBe(4);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        check: 'signatures',
        record: expect.objectContaining({ kind: 'addendum', id: noteId }),
      }),
    );
  });

  it('sees the newest audit entries deleted, though the rest still link', async () => {
    const { dir } = await signedVault();
    await asAttacker(dir, (db) =>
      db.prepare('DELETE FROM audit_log WHERE id > (SELECT max(id) - 20 FROM audit_log)').run(),
    );
    const { code, report } = await verify(dir);
    expect(code).toBe(4);
    expect(report.checks.find((check) => check.name === 'audit-chain')?.ok).toBe(true);
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'audit-anchor',
        message: expect.stringMatching(/newest entries were removed, or the vault’s files were replaced/),
      }),
    ]);
  });

  it('sees hashes set to NULL from entry 10 on, with the entries after rewritten', async () => {
    const { dir } = await signedVault();
    await asAttacker(dir, (db) => {
      db.prepare("UPDATE audit_log SET detail = 'rewritten' WHERE id > 10").run();
      db.prepare('UPDATE audit_log SET hash = NULL, prev_hash = NULL WHERE id >= 10').run();
    });
    const { code, report } = await verify(dir);
    expect(code).toBe(4);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        check: 'audit-chain',
        message: expect.stringMatching(/broken at entry 10\. This entry has lost its hash/),
        record: { kind: 'audit-entry', id: '10', clientId: null },
      }),
    );
    // And no unlock seals them: the app opens it read-only, as evidence.
    const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF, tickMs: null });
    await core.session.unlock(STRONG);
    expect(core.session.readOnly).toBe(true);
    core.session.lock('quit');
    await core.session.settled();
    expect((await verify(dir)).report.findings).toContainEqual(
      expect.objectContaining({ check: 'audit-chain' }),
    );
  });

  it('sees a whole trail rewritten consistently after an edit, by its anchor', async () => {
    const { dir } = await signedVault();
    await asAttacker(dir, (db) => {
      db.prepare("UPDATE audit_log SET action = 'client.created' WHERE id = 5").run();
      rechain(db, 5);
    });
    const { code, report } = await verify(dir);
    expect(code).toBe(4);
    expect(report.checks.find((check) => check.name === 'audit-chain')?.ok).toBe(true);
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'audit-anchor',
        message: expect.stringMatching(/the trail was rewritten/),
      }),
    ]);
  });

  it('sees the anchor replaced: edited, from another vault, or removed', async () => {
    const { dir } = await signedVault();
    const { dir: other } = await signedVault();
    const anchor = vaultPaths(dir).anchor;
    const original = readFileSync(anchor, 'utf8');

    writeFileSync(anchor, original.replace(/"entry": \d+/, '"entry": 3'));
    expect((await verify(dir)).report.findings).toEqual([
      expect.objectContaining({
        check: 'audit-anchor',
        message: expect.stringMatching(/does not authenticate/),
      }),
    ]);

    copyFileSync(vaultPaths(other).anchor, anchor);
    expect((await verify(dir)).report.findings).toEqual([
      expect.objectContaining({
        check: 'audit-anchor',
        message: expect.stringMatching(/does not authenticate/),
      }),
    ]);

    rmSync(anchor);
    const removed = await verify(dir);
    expect(removed.code).toBe(4);
    expect(removed.report.findings).toEqual([
      expect.objectContaining({ check: 'audit-anchor', message: expect.stringMatching(/is missing/) }),
    ]);
  });

  it('sees the vault rolled back to older files', async () => {
    const { dir } = await signedVault();
    const older = tempDir();
    for (const file of ['rapport.db', 'rapport.key']) copyFileSync(join(dir, file), join(older, file));
    // More work after the copy was taken.
    const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF, tickMs: null });
    await core.session.unlock(STRONG);
    await core.router.call('clients:createEnquiry', { chosenName: 'Later client' });
    core.session.lock('quit');
    await core.session.settled();
    for (const file of ['rapport.db', 'rapport.key']) copyFileSync(join(older, file), join(dir, file));
    const { code, report } = await verify(dir);
    expect(code).toBe(4);
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'audit-anchor',
        message: expect.stringMatching(/files were replaced with older ones/),
      }),
    ]);
  });
});

describe('import-json against the same changes made to an export', () => {
  type Row = Record<string, string | number | null>;
  type Exported = { vault: { auditHead: { entry: number } }; tables: Record<string, { rows: Row[] }> };

  async function exported(): Promise<{ file: string; document: Exported; noteId: string }> {
    const { dir, noteId } = await signedVault();
    const out = tempDir();
    expect((await runCliInMemory(['export-json', '--vault', dir, '--out', out], env)).code).toBe(0);
    const [folder] = readdirSync(out);
    const file = join(out, folder!, 'rapport-export.json');
    return { file, document: JSON.parse(readFileSync(file, 'utf8')) as Exported, noteId };
  }

  async function importRefusal(file: string, document: Exported): Promise<string> {
    writeFileSync(file, JSON.stringify(document));
    const target = join(tempDir(), 'imported');
    const run = await runCliInMemory(['import-json', '--vault', target, '--from', file], env);
    expect(run.code, run.stderr).toBe(8);
    expect(existsSync(target)).toBe(false);
    return run.stderr;
  }

  it('refuses an edited signed note, with or without its fingerprint recomputed', async () => {
    const { file, document, noteId } = await exported();
    const note = document.tables.notes!.rows.find((row) => row.id === noteId)!;
    note.body = JSON.stringify({ data: 'Denied any risk.' });
    expect(await importRefusal(file, document)).toMatch(
      new RegExp(`notes id ${noteId}: This signed note was changed after it was signed`),
    );
    note.content_hash = noteContentHash(note as unknown as FingerprintedNote);
    expect(await importRefusal(file, document)).toMatch(
      new RegExp(`notes id ${noteId}: This signed note and its fingerprint were both rewritten`),
    );
  });

  it('refuses a shortened, an unhashed and an emptied audit trail', async () => {
    const { file, document } = await exported();
    const rows = document.tables.audit_log!.rows;

    const shortened = structuredClone(document);
    shortened.tables.audit_log!.rows = rows.slice(0, -5);
    expect(await importRefusal(file, shortened)).toMatch(
      /audit trail in the export ends at entry \d+, but the export says it ends at entry \d+/,
    );

    const unhashed = structuredClone(document);
    for (const row of unhashed.tables.audit_log!.rows.slice(9))
      Object.assign(row, { hash: null, prev_hash: null });
    expect(await importRefusal(file, unhashed)).toMatch(
      /audit_log id 10: The audit trail is broken at entry 10/,
    );

    const emptied = structuredClone(document);
    emptied.tables.audit_log!.rows = [];
    const refusal = await importRefusal(file, emptied);
    expect(refusal).toMatch(/carries a signature that the audit trail never recorded/);
    expect(refusal).toMatch(/export says it ends at entry/);
  });
});

describe('restoring a backup changed after it was made', () => {
  it('refuses a backup whose trail was cut short, naming the entry its manifest recorded', async () => {
    const { dir } = await signedVault();
    expect((await runCliInMemory(['backup', '--vault', dir], env)).code).toBe(0);
    const root = join(dir, 'backups');
    const [name] = readdirSync(root).filter((entry) => entry.startsWith('rapport-backup-'));
    const manifest = JSON.parse(readFileSync(join(root, name!, 'manifest.json'), 'utf8')) as {
      auditHead: { entry: number; hash: string; mac: string };
    };
    expect(manifest.auditHead.mac).toMatch(/^[0-9a-f]{64}$/);
    // The copy as made restores (checked in backup-restore tests); cut short, it is refused.
    await asAttacker(join(root, name!), (db) =>
      db.prepare('DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)').run(),
    );
    const before = fingerprints(dir);
    const run = await runCliInMemory(['restore', '--vault', dir, '--from', join(root, name!)], env);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      new RegExp(`no longer reaches entry ${manifest.auditHead.entry}, the one its manifest recorded`),
    );
    expect(fingerprints(dir)).toEqual(before);
  });

  it('refuses a backup whose manifest was edited to match', async () => {
    const { dir } = await signedVault();
    expect((await runCliInMemory(['backup', '--vault', dir], env)).code).toBe(0);
    const root = join(dir, 'backups');
    const [name] = readdirSync(root).filter((entry) => entry.startsWith('rapport-backup-'));
    const file = join(root, name!, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { auditHead: { entry: number } };
    manifest.auditHead.entry -= 3;
    writeFileSync(file, JSON.stringify(manifest));
    const run = await runCliInMemory(['restore', '--vault', dir, '--from', join(root, name!)], env);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/manifest does not authenticate/);
  });
});

describe('every other command on a vault changed outside Rapport', () => {
  it('refuses to work on it: exit 4, the change named, nothing written, no lock left', async () => {
    const { dir, noteId } = await signedVault();
    await asAttacker(dir, (db) =>
      db
        .prepare(`UPDATE notes SET body = json_set(body, '$.data', 'Denied any risk.') WHERE id = ?`)
        .run(noteId),
    );
    const before = fingerprints(dir);
    for (const command of [['info'], ['clients'], ['backup'], ['export-json', '--out', tempDir()]]) {
      const run = await runCliInMemory([...command, '--vault', dir], env);
      expect(run.code, `${command[0]}: ${run.stderr}`).toBe(4);
      expect(run.stderr, command[0]).toMatch(/changes made outside Rapport, so nothing was written/);
      expect(run.stderr, command[0]).toMatch(/changed after it was signed/);
      expect(fingerprints(dir), command[0]).toEqual(before);
      expect(existsSync(join(dir, 'rapport.lock')), command[0]).toBe(false);
    }
  });
});

describe('the app on a vault changed outside Rapport', () => {
  it('finds it in the check after unlocking and keeps it readable but unchanged', async () => {
    const { dir, noteId, clientId } = await signedVault();
    await asAttacker(dir, (db) =>
      db
        .prepare(`UPDATE notes SET body = json_set(body, '$.data', 'Denied any risk.') WHERE id = ?`)
        .run(noteId),
    );
    const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF, tickMs: null });
    await core.session.unlock(STRONG);
    await core.session.settled();
    const status = await core.router.call('integrity:status', {});
    expect(status).toMatchObject({ ok: true, value: { readOnly: true, last: { ok: false } } });
    const note = await core.router.call('notes:get', { id: noteId });
    expect(note).toMatchObject({ ok: true, value: { signature: { intact: false } } });
    // Search still finds it by what it said when signed, and says the note has changed since.
    const search = await core.router.call('notes:search', { query: 'sleep', limit: 10 });
    expect(search).toMatchObject({ ok: true, value: [{ noteId, signatureChanged: true }] });
    const lastEntry = () =>
      core.session.db().prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    const entries = lastEntry();
    const backupsBefore = existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : [];
    const refused = await core.router.call('clients:createEnquiry', { chosenName: 'Someone' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VAULT_DAMAGED',
        message: expect.stringMatching(/nothing is changed or recorded in it/),
      },
    });
    // Reading is not recorded either: nothing at all is written.
    await core.router.call('notes:get', { id: noteId });
    expect(lastEntry()).toBe(entries);
    core.session.lock('user');
    await core.session.settled();
    // The lock wrote no entry and made no backup that would rotate out the copies from before.
    const db = openEncrypted(vaultPaths(dir).database, await rawKey(dir), { create: false });
    expect(db.prepare('SELECT max(id) FROM audit_log').pluck().get()).toBe(entries);
    db.close();
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual(backupsBefore);
    expect(clientId).toBeTruthy();
  });
});
