import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { writeCsv } from '../../electron/core/base/csv-file';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { AppError } from '../../electron/core/base/app-error';
import { createAppCore } from '../../electron/core/router/app-core';
import { exportDocument, exportJsonSchema, type ExportDocument } from '../../shared/export/export-format';
import { openCore } from './support/open-core';
import { STRONG, STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

/** Regenerate after changing the format: UPDATE_EXPORT_SCHEMA=1 npx vitest run tests/unit/export.test.ts */
const SCHEMA_FILE = join(
  import.meta.dirname,
  '../../electron/core/features/export/rapport-export.schema.json',
);

async function demoCore() {
  const core = await openCore();
  seedDemo(core.session.db(), { clients: 4, years: 1, seed: 'export', until: '2026-03-01' });
  return core;
}

/** A standard JSON Schema validator over the schema file committed in the repository. */
function committedSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
}

function readExport(folder: string): ExportDocument {
  return exportDocument.parse(JSON.parse(readFileSync(join(folder, 'rapport-export.json'), 'utf8')));
}

describe('the open export', () => {
  it('writes every table as documented JSON, with its schema and CSV copies, and records it', async () => {
    const core = await demoCore();
    const out = tempDir();
    const result = await core.call('export:vault', { outDir: out, includePsychotherapyNotes: false });
    expect(readdirSync(out)).toEqual([result.folder.split('/').at(-1)]);
    expect(result.files).toEqual([
      'rapport-export.json',
      'rapport-export.schema.json',
      'audit-log.csv',
      'clients.csv',
    ]);
    const document = readExport(result.folder);
    expect(document).toMatchObject({
      format: 'rapport-export',
      version: 1,
      includesPsychotherapyNotes: false,
    });
    expect(Object.keys(document.tables)).not.toContain('process_notes');
    expect(Object.keys(document.tables).filter((t) => t.startsWith('notes_fts_'))).toEqual([]);
    expect(document.tables.notes_fts!.derived).toBe(true);
    expect(document.tables.notes!.columns.find((c) => c.name === 'body')).toMatchObject({ json: true });
    const db = core.session.db();
    for (const [table, rows] of Object.entries(result.tables)) {
      expect(document.tables[table]!.rows).toHaveLength(rows);
    }
    expect(result.tables.clients).toBe(4);
    expect(result.tables.notes).toBe(db.prepare('SELECT count(*) FROM notes').pluck().get());
    const schema = JSON.parse(readFileSync(join(result.folder, 'rapport-export.schema.json'), 'utf8'));
    expect(schema).toEqual(exportJsonSchema());
    const clientsCsv = readFileSync(join(result.folder, 'clients.csv'), 'utf8').replace(/^\uFEFF/, '');
    expect(clientsCsv.split('\r\n')[0]).toMatch(/^id,chosen_name,legal_name,/);
    const last = (await core.call('audit:list', { limit: 1 })).entries[0]!;
    expect(last.action).toBe('vault.exported');
    const rows = Object.values(result.tables).reduce((sum, n) => sum + n, 0);
    expect(last.detail).toBe(
      `without psychotherapy notes; ${rows} rows in ${Object.keys(result.tables).length} tables`,
    );
    core.session.lock('quit');
  });

  it('includes psychotherapy notes only when asked to', async () => {
    const core = await demoCore();
    const processNotes = core.session
      .db()
      .prepare('SELECT count(*) FROM process_notes')
      .pluck()
      .get() as number;
    expect(processNotes).toBeGreaterThan(0);
    const result = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: true });
    const document = readExport(result.folder);
    expect(document.includesPsychotherapyNotes).toBe(true);
    expect(document.tables.process_notes!.rows).toHaveLength(processNotes);
    core.session.lock('quit');
  });

  it('matches the JSON Schema committed in the repository', async () => {
    const schema = exportJsonSchema();
    if (process.env.UPDATE_EXPORT_SCHEMA) {
      const options = await resolveConfig(SCHEMA_FILE);
      writeFileSync(SCHEMA_FILE, await format(JSON.stringify(schema), { ...options, filepath: SCHEMA_FILE }));
    }
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(schema);
  });

  it('reads back into a new vault with nothing lost: same rows, valid signatures, search, audit chain', async () => {
    const core = await demoCore();
    const first = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: true });
    const original = readExport(first.folder);
    core.session.lock('quit');

    const dir = join(tempDir(), 'imported');
    const text = readFileSync(join(first.folder, 'rapport-export.json'), 'utf8');
    // The file is what the committed JSON Schema documents, checked by a standard validator.
    const valid = committedSchemaValidator();
    expect(valid(JSON.parse(text)), JSON.stringify(valid.errors)).toBe(true);
    expect(valid({ ...JSON.parse(text), format: 'something else' })).toBe(false);
    const { recoveryKey, tables } = await importVault(
      dir,
      STRONG_2,
      join(first.folder, 'rapport-export.json'),
      {
        kdf: TEST_KDF,
      },
    );
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
    expect(tables).toEqual(first.tables);

    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await imported.session.unlock(STRONG_2);
    // The export is written in the worker thread, after the check that unlocking starts there.
    await imported.session.settled();
    const call = async <T>(promise: Promise<{ ok: boolean; value?: T; error?: unknown }>) => {
      const result = await promise;
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as T;
    };
    const again = await call<{ folder: string }>(
      imported.router.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: true }),
    );
    const copy = readExport(again.folder);
    expect(valid(JSON.parse(readFileSync(join(again.folder, 'rapport-export.json'), 'utf8')))).toBe(true);
    for (const table of Object.keys(original.tables)) {
      const before = original.tables[table]!;
      const after = copy.tables[table]!;
      expect(after.columns, table).toEqual(before.columns);
      if (table === 'audit_log') {
        // The same entries, then the new vault's own: the import, the unlock and the check it
        // started (an export records itself once it is written, so after it).
        expect(after.rows.slice(0, before.rows.length)).toEqual(before.rows);
        expect(after.rows.slice(before.rows.length).map((r) => r.action)).toEqual([
          'vault.imported',
          'vault.unlocked',
          'vault.checked',
        ]);
      } else if (table === 'settings') {
        // The new vault has a new recovery key, not yet confirmed.
        const confirmed = (rows: typeof before.rows) => rows.filter((r) => r.key !== 'recoveryKeyConfirmed');
        expect(confirmed(after.rows)).toEqual(confirmed(before.rows));
      } else {
        expect(after.rows, table).toEqual(before.rows);
      }
    }
    const integrity = await call<{ ok: boolean; findings: unknown[] }>(
      imported.router.call('integrity:check', {}),
    );
    expect(integrity.findings).toEqual([]);
    expect(integrity.ok).toBe(true);
    expect(await call(imported.router.call('audit:verify', {}))).toMatchObject({ ok: true });
    const someWord = String(original.tables.notes_fts!.rows[0]!.text)
      .split(/\s+/)
      .find((w) => w.length > 5)!;
    expect(
      (await call<unknown[]>(imported.router.call('notes:search', { query: someWord, limit: 5 }))).length,
    ).toBeGreaterThan(0);
    imported.session.lock('quit');
  });

  it('refuses an export whose audit trail was tampered with, and keeps no vault', async () => {
    const core = await demoCore();
    const result = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: false });
    core.session.lock('quit');
    const document = JSON.parse(readFileSync(join(result.folder, 'rapport-export.json'), 'utf8'));
    document.tables.audit_log.rows[1].entity_id = 'someone-else';
    const dir = join(tempDir(), 'imported');
    const tampered = join(tempDir(), 'tampered.json');
    writeFileSync(tampered, JSON.stringify(document));
    const error = await importVault(dir, STRONG, tampered, { kdf: TEST_KDF }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      'The export does not hold together, so nothing was kept. audit_log id 2: The audit trail is broken at entry 2. This entry was changed after it was written. Entries after it cannot be trusted.',
    );
    expect(existsSync(dir)).toBe(false);

    const other = join(tempDir(), 'other.json');
    writeFileSync(other, '{"format":"something else"}');
    const notJson = await importVault(dir, STRONG, other, { kdf: TEST_KDF }).catch((e) => e);
    expect((notJson as AppError).message).toMatch(/^That file is not a Rapport export/);
  });

  it('writes CSV a spreadsheet cannot mistake for formulas, quoted where needed', () => {
    const file = join(tempDir(), 'cells.csv');
    const rows = [
      { a: '=HYPERLINK("http://x")', b: 'plain' },
      { a: 'line\nbreak', b: 3 },
      { a: null, b: '-2' },
    ];
    expect(writeCsv(file, ['a', 'b'], rows)).toBe(3);
    expect(readFileSync(file, 'utf8')).toBe(
      '\uFEFFa,b\r\n"\'=HYPERLINK(""http://x"")",plain\r\n"line\nbreak",3\r\n,\'-2\r\n',
    );
  });
});
