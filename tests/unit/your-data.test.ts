import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import type { ExportProgress } from '../../electron/core/vault/open-export/export-vault';
import type { VaultImportProgress } from '../../electron/core/features/export/vault-import-service';
import { dumpTables, openCore } from './support/open-core';
import { STRONG, STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';
import { createAppCore } from '../../electron/core/router/app-core';

/*
 * Settings → Your data, behind the screens: the whole-vault export into a chosen folder and a new
 * vault made from an export, over the router as the UI calls them, on real encrypted vaults.
 */

async function demoCore() {
  const core = await openCore();
  seedDemo(core.session.db(), { clients: 4, years: 1, seed: 'export', until: '2026-03-01' });
  return core;
}

function exportDocument(folder: string) {
  return JSON.parse(readFileSync(join(folder, 'rapport-export.json'), 'utf8')) as {
    includesPsychotherapyNotes: boolean;
    tables: Record<string, { rows: unknown[] }>;
  };
}

function clientNames(core: Awaited<ReturnType<typeof openCore>>) {
  return core.session.db().prepare('SELECT id, chosen_name FROM clients ORDER BY id').all();
}

describe('the export from Settings → Your data', () => {
  it('writes into the chosen folder, reports progress in order, and leaves psychotherapy notes out by default', async () => {
    const core = await demoCore();
    const seen: ExportProgress[] = [];
    core.services.exporter.on('progress', (progress) => seen.push(progress));
    const out = tempDir();
    const result = await core.call('export:vault', { outDir: out });
    expect(readdirSync(out)).toEqual([result.folder.split('/').at(-1)]);
    for (const file of result.files) expect(existsSync(join(result.folder, file)), file).toBe(true);

    const tables = Object.keys(result.tables).length;
    const rows = Object.values(result.tables).reduce((sum, n) => sum + n, 0);
    expect(seen[0]).toEqual({ tablesDone: 0, tables, rowsDone: 0 });
    expect(seen.at(-1)).toEqual({ tablesDone: tables, tables, rowsDone: rows });
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.tablesDone).toBeGreaterThanOrEqual(seen[i - 1]!.tablesDone);
      expect(seen[i]!.rowsDone).toBeGreaterThanOrEqual(seen[i - 1]!.rowsDone);
    }
    expect(seen.map((p) => p.tablesDone)).toEqual(expect.arrayContaining([1, 2, tables - 1]));

    const document = exportDocument(result.folder);
    expect(document.includesPsychotherapyNotes).toBe(false);
    expect(Object.keys(document.tables)).not.toContain('process_notes');
    const last = (await core.call('audit:list', { limit: 1 })).entries[0]!;
    expect(last).toMatchObject({
      action: 'vault.exported',
      detail: `without psychotherapy notes; ${rows} rows in ${tables} tables`,
    });
    core.session.lock('quit');
  });

  it('includes psychotherapy notes when the clinician chooses them', async () => {
    const core = await demoCore();
    const processNotes = core.session.db().prepare('SELECT count(*) FROM process_notes').pluck().get();
    expect(processNotes).toBeGreaterThan(0);
    const result = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: true });
    const document = exportDocument(result.folder);
    expect(document.includesPsychotherapyNotes).toBe(true);
    expect(document.tables.process_notes!.rows).toHaveLength(processNotes as number);
    const last = (await core.call('audit:list', { limit: 1 })).entries[0]!;
    expect(last.detail).toMatch(/^with psychotherapy notes; \d+ rows in \d+ tables$/);
    core.session.lock('quit');
  });

  it('refuses a folder that already holds files, or an earlier export, until the clinician confirms', async () => {
    const core = await demoCore();
    const out = tempDir();
    writeFileSync(join(out, 'letter to the GP.docx'), 'someone’s own document');
    const auditBefore = (await core.call('audit:list', { limit: 1 })).entries[0]!.id;

    const refused = await core.router.call('export:vault', { outDir: out });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(/^That folder is not empty: it holds 1 item\./),
      },
    });
    expect(readdirSync(out)).toEqual(['letter to the GP.docx']);
    expect((await core.call('audit:list', { limit: 1 })).entries[0]!.id).toBe(auditBefore);

    const first = await core.call('export:vault', { outDir: out, intoNonEmptyFolder: true });
    expect(readFileSync(join(out, 'letter to the GP.docx'), 'utf8')).toBe('someone’s own document');

    const again = await core.router.call('export:vault', { outDir: out });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('an earlier Rapport export among them') },
    });
    const second = await core.call('export:vault', { outDir: out, intoNonEmptyFolder: true });
    expect(second.folder).not.toBe(first.folder);
    // The earlier export is untouched: a second one never writes over it.
    expect(exportDocument(first.folder).tables.clients!.rows).toHaveLength(4);
    expect(readdirSync(out).sort()).toEqual(
      ['letter to the GP.docx', first.folder.split('/').at(-1)!, second.folder.split('/').at(-1)!].sort(),
    );
    core.session.lock('quit');
  });
});

describe('a new vault from an export, from Settings → Your data', () => {
  it('makes a new vault, sets the open one aside, opens the new one, and reports progress in order', async () => {
    const core = await demoCore();
    const exported = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: true });
    const before = dumpTables(core);
    const clients = clientNames(core);
    // Something written after the export: the vault set aside keeps it, the new one does not have it.
    await core.call('clients:createEnquiry', { chosenName: 'After the export' });

    const seen: VaultImportProgress[] = [];
    core.services.importer.on('progress', (progress) => seen.push(progress));
    const locks: string[] = [];
    core.session.on('locked', (reason) => locks.push(reason));
    const result = await core.call('import:vault', {
      from: exported.folder,
      passphrase: STRONG_2,
      confirmation: STRONG_2,
    });

    expect(result.recoveryKey).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
    expect(result.tables).toEqual(exported.tables);
    expect(locks).toEqual(['restore']);
    expect(core.session.status()).toMatchObject({ state: 'unlocked', recoveryKeyConfirmed: false });
    expect(clientNames(core)).toEqual(clients);
    const after = dumpTables(core);
    for (const table of Object.keys(before)) {
      if (table === 'audit_log' || table === 'settings') continue;
      expect(after[table], table).toEqual(before[table]);
    }

    // The vault that was open is set aside whole (never deleted) and offered with the backups.
    expect(result.setAside).toMatch(/^set-aside:/);
    const setAsideFolder = join(core.dir, 'set-aside', result.setAside!.slice('set-aside:'.length));
    const setAsideCore = createAppCore({ vaultDir: setAsideFolder, kdf: TEST_KDF });
    await setAsideCore.session.unlock(STRONG);
    const kept = setAsideCore.session.db().prepare('SELECT chosen_name FROM clients').pluck().all();
    expect(kept).toContain('After the export');
    setAsideCore.session.lock('quit');
    const { entries } = await core.call('backup:list', {});
    expect(entries.map((entry) => entry.id)).toContain(result.setAside);
    // No staging copy is left in the vault folder.
    expect(readdirSync(core.dir).filter((name) => name.startsWith('.rapport-'))).toEqual([]);

    const phases = seen.map((p) => p.phase);
    expect([...new Set(phases)]).toEqual(['checking', 'writing', 'verifying', 'switching']);
    const rows = Object.values(exported.tables).reduce((sum, n) => sum + n, 0);
    const tables = Object.keys(exported.tables).length;
    expect(seen.at(-1)).toEqual({ phase: 'switching', tablesDone: tables, tables, rowsDone: rows, rows });
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]!.rowsDone).toBeGreaterThanOrEqual(seen[i - 1]!.rowsDone);

    // The new vault's trail: the export's entries, then the import and the switch, by counts and ids.
    const trail = (await core.call('audit:list', { limit: 5 })).entries.map((e) => [e.action, e.detail]);
    expect(trail).toEqual(
      expect.arrayContaining([
        ['vault.imported', `${rows} rows in ${tables} tables`],
        ['vault.switched-to-import', expect.stringMatching(/^replaced vault set aside as /)],
      ]),
    );
    expect(JSON.stringify(trail)).not.toContain(exported.folder);

    // The new passphrase opens it after a lock; the old one does not.
    core.session.lock('user');
    await expect(core.session.unlock(STRONG)).rejects.toThrow();
    await core.session.unlock(STRONG_2);
    expect((await core.call('integrity:check', {})).findings).toEqual([]);
    core.session.lock('quit');
  });

  it('refuses an export that does not hold together, saying why, and leaves the open vault as it was', async () => {
    const core = await demoCore();
    const exported = await core.call('export:vault', { outDir: tempDir() });
    const file = join(exported.folder, 'rapport-export.json');
    const document = JSON.parse(readFileSync(file, 'utf8'));
    document.tables.audit_log.rows[0].detail = 'rewritten';
    writeFileSync(file, JSON.stringify(document));
    const before = dumpTables(core);
    const vaultFiles = readdirSync(core.dir).sort();

    const refused = await core.router.call('import:vault', {
      from: exported.folder,
      passphrase: STRONG_2,
      confirmation: STRONG_2,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringMatching(
          /^The export does not hold together, so nothing was kept\. audit_log /,
        ),
      },
    });
    expect(core.session.status().state).toBe('unlocked');
    expect(dumpTables(core)).toEqual(before);
    expect(readdirSync(core.dir).sort()).toEqual(vaultFiles);
    core.session.lock('quit');
  });

  it('refuses a folder without an export, and two passphrases that differ, before anything is written', async () => {
    const core = await openCore();
    const empty = tempDir();
    mkdirSync(join(empty, 'nothing here'));
    const vaultFiles = readdirSync(core.dir).sort();
    expect(
      await core.router.call('import:vault', { from: empty, passphrase: STRONG_2, confirmation: STRONG_2 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('rapport-export.json') },
    });
    expect(
      await core.router.call('import:vault', { from: empty, passphrase: STRONG_2, confirmation: STRONG }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'confirmation' }] } });
    expect(readdirSync(core.dir).sort()).toEqual(vaultFiles);
    expect(core.session.status().state).toBe('unlocked');
    core.session.lock('quit');
  });
});
