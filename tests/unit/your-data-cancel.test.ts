import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/base/app-error';
import { CancelFlag } from '../../electron/core/base/cancel-flag';
import { ExportService } from '../../electron/core/features/export/export-service';
import { importVault, type ImportProgress } from '../../electron/core/vault/open-export/import-vault';
import type { ExportProgress } from '../../electron/core/vault/open-export/export-vault';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { dumpTables, openCore } from './support/open-core';
import { STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

/*
 * Cancel on Settings → Your data, behind the screens, over real encrypted vaults: a cancelled
 * export leaves nothing of its own in the chosen folder (and everything that was there before), a
 * cancelled import deletes the half-built vault and leaves the open one open and as it was. The
 * Cancel lands from the progress callback, so where it lands does not depend on timing.
 */

const PARTIAL = /^\.rapport-[0-9a-f]{12}\.partial$/;

async function demoCore() {
  const core = await openCore();
  seedDemo(core.session.db(), { clients: 6, years: 2, seed: 'cancel', until: '2026-03-01' });
  return core;
}

function lastAudit(core: Awaited<ReturnType<typeof openCore>>) {
  return core.session.db().prepare('SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    action: string;
    detail: string;
  };
}

describe('cancelling the export', () => {
  it('stops after the first rows, removes exactly what it wrote, keeps what the folder held, and is recorded', async () => {
    const core = await demoCore();
    const out = tempDir();
    writeFileSync(join(out, 'letter.txt'), 'someone’s own document');
    const earlier = await core.call('export:vault', { outDir: out, intoNonEmptyFolder: true });
    const before = readdirSync(out).sort();

    // On this thread, so the Cancel is heard in the very callback that reports the first rows.
    const exporter = new ExportService(() => core.session.db(), core.session.dir);
    let cancelledAt: ExportProgress | null = null;
    let partialSeen: string[] = [];
    exporter.on('progress', (progress) => {
      if (cancelledAt || progress.rowsDone === 0) return;
      cancelledAt = progress;
      partialSeen = readdirSync(out).filter((name) => !before.includes(name));
      expect(exporter.cancel()).toEqual({ stopping: true });
    });
    const error = await exporter
      .exportAll({ outDir: out, includePsychotherapyNotes: true, intoNonEmptyFolder: true })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'CANCELLED',
      message: `Export cancelled: nothing was left in ${out}.`,
    });
    const at = cancelledAt as ExportProgress | null;
    expect(at).not.toBeNull();
    // Mid-way: rows were written, and not every table.
    expect(at!.tablesDone).toBeGreaterThan(0);
    expect(at!.tablesDone).toBeLessThan(at!.tables);
    expect(partialSeen).toHaveLength(1);
    expect(partialSeen[0]).toMatch(PARTIAL);
    expect(readdirSync(out).sort()).toEqual(before);
    expect(readFileSync(join(out, 'letter.txt'), 'utf8')).toBe('someone’s own document');
    expect(readdirSync(earlier.folder).sort()).toEqual([...earlier.files].sort());
    expect(lastAudit(core)).toEqual({
      action: 'vault.export-cancelled',
      detail: `with psychotherapy notes; cancelled after ${at!.rowsDone} rows in ${at!.tablesDone} of ${at!.tables} tables; nothing kept`,
    });

    // Nothing is left running: the next export goes through.
    expect(exporter.cancel()).toEqual({ stopping: false });
    const again = await exporter.exportAll({
      outDir: out,
      includePsychotherapyNotes: false,
      intoNonEmptyFolder: true,
    });
    expect(existsSync(join(again.folder, 'rapport-export.json'))).toBe(true);
    core.session.lock('quit');
  });

  it('in the worker thread, from the first progress report through the router: nothing left, the vault open', async () => {
    const core = await demoCore();
    const out = tempDir();
    const reports: ExportProgress[] = [];
    const answers: unknown[] = [];
    core.services.exporter.on('progress', (progress) => {
      reports.push(progress);
      if (reports.length === 1)
        void core.router.call('export:cancel', {}).then((answer) => answers.push(answer));
    });
    const result = await core.router.call('export:vault', { outDir: out });

    expect(result).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: `Export cancelled: nothing was left in ${out}.` },
    });
    expect(answers).toEqual([{ ok: true, value: { stopping: true } }]);
    expect(readdirSync(out)).toEqual([]);
    expect(lastAudit(core)).toMatchObject({
      action: 'vault.export-cancelled',
      detail: expect.stringMatching(
        /^without psychotherapy notes; cancelled after \d+ rows in .+; nothing kept$/,
      ),
    });
    expect(core.session.status().state).toBe('unlocked');
    expect(await core.router.call('export:cancel', {})).toEqual({ ok: true, value: { stopping: false } });
    core.session.lock('quit');
  });

  it('locking the vault stops the worker and removes its folder', async () => {
    const core = await demoCore();
    const out = tempDir();
    core.services.exporter.once('progress', () => core.session.lock('user'));
    const result = await core.router.call('export:vault', { outDir: out });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await core.session.settled();
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('cancelling the import', () => {
  it('in the import itself, once rows are being written: the half-built vault folder is deleted', async () => {
    const core = await demoCore();
    const exported = await core.call('export:vault', { outDir: tempDir() });
    core.session.lock('quit');
    const dir = join(tempDir(), 'new-vault');
    const cancel = new CancelFlag();
    let builtSoFar: string[] = [];
    const onProgress = (progress: ImportProgress) => {
      if (progress.phase !== 'writing' || cancel.requested) return;
      builtSoFar = readdirSync(dir);
      cancel.request();
    };
    const error = await importVault(dir, STRONG_2, join(exported.folder, 'rapport-export.json'), {
      kdf: TEST_KDF,
      cancel,
      onProgress,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CANCELLED' });
    expect(builtSoFar.length).toBeGreaterThan(0);
    expect(existsSync(dir)).toBe(false);
  });

  it('from the app, from the first progress report: the new vault is gone, the open one open and unchanged', async () => {
    const core = await demoCore();
    const exported = await core.call('export:vault', { outDir: tempDir() });
    await core.call('clients:createEnquiry', { chosenName: 'Added after the export' });
    const tables = dumpTables(core);
    const files = readdirSync(core.session.dir).sort();
    const phases: string[] = [];
    core.services.importer.on('progress', (progress) => {
      phases.push(progress.phase);
      if (phases.length === 1) expect(core.services.importer.cancel()).toEqual({ stopping: true });
    });

    const result = await core.router.call('import:vault', {
      from: exported.folder,
      passphrase: STRONG_2,
      confirmation: STRONG_2,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CANCELLED',
        message:
          'Import cancelled: the new vault it had started was deleted, and the vault you have open is as it was.',
      },
    });
    expect(phases).not.toContain('switching');
    await core.session.settled();
    expect(core.session.status().state).toBe('unlocked');
    expect(readdirSync(core.session.dir).sort()).toEqual(files);
    expect(readdirSync(core.session.dir).filter((name) => PARTIAL.test(name))).toEqual([]);
    expect(dumpTables(core)).toEqual(tables);
    expect(core.services.importer.cancel()).toEqual({ stopping: false });

    // Nothing is left running: the import goes through when it is not cancelled.
    const imported = await core.call('import:vault', {
      from: exported.folder,
      passphrase: STRONG_2,
      confirmation: STRONG_2,
    });
    expect(imported.setAside).not.toBeNull();
    core.session.lock('quit');
  });
});
