import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../electron/core/db/connection';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { createAppCore } from '../../electron/core/router/app-core';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { createVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { rebuildAsOlderVersion } from './support/older-vault';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const VERSION = MIGRATIONS.find((m) => m.name === 'note list fields')!.version;
const CLIENT = '11111111-1111-4111-8111-111111111111';
const SIGNED = '22222222-2222-4222-8222-222222222222';
const DRAFT = '33333333-3333-4333-8333-333333333333';
const AT = '2025-01-01T10:00:00.000Z';

const item = (itemId: number, answer: string | null) => ({
  itemId,
  group: 'trust',
  text: `Item ${itemId}`,
  answer,
  comment: '',
});

/** A vault as the version before 009 left it, with a signed note and a draft written then. */
async function vaultBeforeListFields(): Promise<string> {
  const dir = join(tempDir(), 'vault');
  const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
  db.close();
  const key = (await unwrapDatabaseKey(parseKeyFile(readFileSync(vaultPaths(dir).keyFile, 'utf8')), STRONG))!;
  const raw = openEncrypted(vaultPaths(dir).database, key, { create: false });
  rebuildAsOlderVersion(
    raw,
    MIGRATIONS.filter((m) => m.version < VERSION),
  );
  raw
    .prepare(
      "INSERT INTO clients (id, chosen_name, search_key, created_at, updated_at) VALUES (?, 'Zoë', 'zoe', ?, ?)",
    )
    .run(CLIENT, AT, AT);
  const insert = raw.prepare(
    `INSERT INTO notes (id, client_id, session_date, modality, format, body, checklist, feedback, rupture,
       created_at, updated_at, signed_at, content_hash)
     VALUES (@id, ?, @date, 'video', @format, @body, @checklist, @feedback, @rupture,
       ?, ?, @signedAt, @hash)`,
  );
  insert.run(CLIENT, AT, AT, {
    id: SIGNED,
    date: '2025-01-01',
    format: 'SOAP',
    body: JSON.stringify({
      subjective: ' \n\t ',
      objective: `Talked\u00a0about the move,\n\nand   sleep. ${'Tired but hopeful. '.repeat(12)}`,
    }),
    checklist: JSON.stringify([
      item(1, 'observed'),
      item(2, 'partly'),
      item(3, 'not-observed'),
      item(4, 'not-addressed'),
      item(5, null),
    ]),
    feedback: JSON.stringify({ heard: 7, focus: 8, fit: null, overall: 8 }),
    rupture: JSON.stringify({
      type: 'withdrawal',
      markers: ['Long silences'],
      raisedBy: 'clinician',
      repair: 'Named it',
      resolved: 'partly',
    }),
    signedAt: AT,
    hash: 'recorded-before',
  });
  insert.run(CLIENT, AT, AT, {
    id: DRAFT,
    date: '2025-01-08',
    format: 'DAP',
    body: '{}',
    checklist: JSON.stringify([item(1, null)]),
    feedback: JSON.stringify({ heard: null, focus: null, fit: null, overall: null }),
    // As the oldest drafts stored it: no answer about a repair at all.
    rupture: JSON.stringify({ type: 'none' }),
    signedAt: null,
    hash: null,
  });
  raw.close();
  return dir;
}

/** Changes this connection has made since it opened: a read that wrote would move it. */
const totalChanges = (db: { prepare(sql: string): { pluck(): { get(): unknown } } }) =>
  db.prepare('SELECT total_changes()').pluck().get();

describe('migration: note list fields', () => {
  it('works out the list fields of notes written before it once, when the vault is next unlocked', async () => {
    const dir = await vaultBeforeListFields();
    const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await core.session.unlock(STRONG);
    const db = core.session.db();
    expect(db.prepare('SELECT count(*) FROM note_list_fields').pluck().get()).toBe(2);
    expect(
      db.prepare("SELECT count(*) FROM settings WHERE key = 'maintenance.noteListFields'").pluck().get(),
    ).toBe(1);
    // The signed note itself is untouched: its fields live beside it.
    expect(db.prepare('SELECT updated_at, content_hash FROM notes WHERE id = ?').get(SIGNED)).toEqual({
      updated_at: AT,
      content_hash: 'recorded-before',
    });

    const listed = await core.router.call('notes:list', { clientId: CLIENT });
    expect(listed.ok && listed.value.map((n) => [n.id, n.preview, n.ruptures, n.ruptureKind])).toEqual([
      [DRAFT, '', 0, 'none'],
      [
        SIGNED,
        `Talked about the move, and sleep. ${'Tired but hopeful. '.repeat(12)}`.slice(0, 160),
        1,
        'withdrawal',
      ],
    ]);

    const trend = await core.router.call('notes:alliance', { clientId: CLIENT });
    // Observed 1, partly ½, not observed 0 of three answered: 50. Feedback (7 + 8 + 8) / 3 = 7.7.
    expect(
      trend.ok &&
        trend.value.map((p) => [
          p.noteId,
          p.checklist,
          p.feedback,
          p.feedbackForm,
          p.ruptureKind,
          p.ruptureOpen,
        ]),
    ).toEqual([
      [SIGNED, 50, 7.7, 1, 'withdrawal', 'partly'],
      [DRAFT, null, null, 2, 'none', 'none'],
    ]);
    core.session.lock('user');
    // The backup of the lock runs in a worker: done before the test's folder is removed.
    await core.session.settled();
  });

  it('lists notes and the alliance trend without writing to the vault', async () => {
    const dir = await vaultBeforeListFields();
    const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await core.session.unlock(STRONG);
    const db = core.session.db();
    const before = totalChanges(db);
    const rowsBefore = db.prepare('SELECT * FROM note_list_fields ORDER BY note_id').all();

    for (let i = 0; i < 2; i++) {
      expect((await core.router.call('notes:list', { clientId: CLIENT })).ok).toBe(true);
      expect((await core.router.call('notes:alliance', { clientId: CLIENT })).ok).toBe(true);
    }

    expect(totalChanges(db)).toBe(before);
    expect(db.prepare('SELECT * FROM note_list_fields ORDER BY note_id').all()).toEqual(rowsBefore);
    core.session.lock('user');
    // The backup of the lock runs in a worker: done before the test's folder is removed.
    await core.session.settled();
  });

  it('runs the step once: a later unlock leaves list fields as they are', async () => {
    const dir = await vaultBeforeListFields();
    const first = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await first.session.unlock(STRONG);
    const marker = first.session
      .db()
      .prepare("SELECT value FROM settings WHERE key = 'maintenance.noteListFields'")
      .pluck()
      .get();
    // Stands in for a row the step would write again if it ran a second time.
    first.session.db().prepare("UPDATE note_list_fields SET preview = 'kept' WHERE note_id = ?").run(DRAFT);
    first.session.lock('user');

    await first.session.unlock(STRONG);
    const db = first.session.db();
    expect(db.prepare('SELECT preview FROM note_list_fields WHERE note_id = ?').pluck().get(DRAFT)).toBe(
      'kept',
    );
    expect(
      db.prepare("SELECT value FROM settings WHERE key = 'maintenance.noteListFields'").pluck().get(),
    ).toBe(marker);
    first.session.lock('user');
    // The backup of the lock runs in a worker: done before the test's folder is removed.
    await first.session.settled();
  });
});
