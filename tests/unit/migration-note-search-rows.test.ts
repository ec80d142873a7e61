import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { createVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { createAppCore } from '../../electron/core/router/app-core';
import { rebuildAsOlderVersion } from './support/older-vault';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const VERSION = MIGRATIONS.findIndex((m) => m.name === 'note search rows') + 1;

describe('migration: note search rows', () => {
  it('records each note’s search row, re-indexes in place, and heals the map after an import renumbers the index', async () => {
    const dir = join(tempDir(), 'vault');
    const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
    db.close();
    const key = (await unwrapDatabaseKey(
      parseKeyFile(readFileSync(vaultPaths(dir).keyFile, 'utf8')),
      STRONG,
    ))!;
    const raw = openEncrypted(vaultPaths(dir).database, key, { create: false });
    rebuildAsOlderVersion(raw, MIGRATIONS.slice(0, VERSION - 1));
    // Two notes as the version before indexed them, after some re-indexing (so rowids drifted).
    const clientId = '11111111-1111-4111-8111-111111111111';
    raw
      .prepare(
        "INSERT INTO clients (id, chosen_name, search_key, created_at, updated_at) VALUES (?, 'Zoë', 'zoe', 'x', 'x')",
      )
      .run(clientId);
    const note = raw.prepare(
      `INSERT INTO notes (id, client_id, session_date, modality, format, body, checklist, feedback, rupture, created_at, updated_at)
       VALUES (?, ?, '2025-01-01', 'video', 'DAP', '{}', '[]', '{}', '{"type":"none"}', ?, ?)`,
    );
    const index = raw.prepare('INSERT INTO notes_fts (note_id, client_id, text) VALUES (?, ?, ?)');
    const ids = ['22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
    const at = '2025-01-01T10:00:00.000Z';
    for (const id of ids) note.run(id, clientId, at, at);
    index.run(ids[0], clientId, 'draft words');
    raw.prepare('DELETE FROM notes_fts WHERE note_id = ?').run(ids[0]);
    index.run(ids[1], clientId, 'the lighthouse');
    index.run(ids[0], clientId, 'the orchard');
    raw.close();

    const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await core.session.unlock(STRONG);
    const opened = core.session.db();
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(VERSION);
    const rows = opened
      .prepare('SELECT fts_rowid AS rowid, note_id AS noteId FROM note_search_rows ORDER BY fts_rowid')
      .all();
    expect(rows).toEqual(
      opened.prepare('SELECT rowid, note_id AS noteId FROM notes_fts ORDER BY rowid').all(),
    );
    expect(rows).toHaveLength(2);

    const saved = await core.router.call('notes:save', {
      id: ids[0]!,
      baseUpdatedAt: at,
      content: { sessionDate: '2025-01-01', modality: 'video', format: 'DAP', body: { data: 'the harbour' } },
    });
    expect(saved.ok).toBe(true);
    const found = async (query: string) => {
      const result = await core.router.call('notes:search', { query });
      return result.ok ? result.value.map((hit) => hit.noteId) : [];
    };
    expect(await found('orchard')).toEqual([]);
    expect(await found('harbour')).toEqual([ids[0]]);
    expect(await found('lighthouse')).toEqual([ids[1]]);
    expect(opened.prepare('SELECT count(*) FROM notes_fts').pluck().get()).toBe(2);

    // An import loads the index without its row numbers: the map is then stale, and is rebuilt.
    const rows2 = opened
      .prepare('SELECT note_id, client_id, text FROM notes_fts ORDER BY rowid DESC')
      .all() as [];
    opened.prepare('DELETE FROM notes_fts').run();
    const reload = opened.prepare(
      'INSERT INTO notes_fts (note_id, client_id, text) VALUES (@note_id, @client_id, @text)',
    );
    for (const row of rows2) reload.run(row);
    const again = await core.router.call('notes:save', {
      id: ids[1]!,
      baseUpdatedAt: at,
      content: { sessionDate: '2025-01-01', modality: 'video', format: 'DAP', body: { data: 'the meadow' } },
    });
    expect(again.ok).toBe(true);
    expect(await found('lighthouse')).toEqual([]);
    expect(await found('meadow')).toEqual([ids[1]]);
    expect(await found('harbour')).toEqual([ids[0]]);
    expect(opened.prepare('SELECT count(*) FROM notes_fts').pluck().get()).toBe(2);
    expect(
      opened
        .prepare('SELECT fts_rowid AS rowid, note_id AS noteId FROM note_search_rows ORDER BY fts_rowid')
        .all(),
    ).toEqual(opened.prepare('SELECT rowid, note_id AS noteId FROM notes_fts ORDER BY rowid').all());
  });
});
