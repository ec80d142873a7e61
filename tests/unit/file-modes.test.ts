import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { exportRequest } from '../../shared/summary/summary-contract';
import { clockedCore } from './support/clocked-core';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';
import { STRONG, tempDir } from './support/temp-vault';

/** Every file and folder under `root` (not `root` itself), with its permission bits. */
function modesUnder(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      out[relative(root, path)] = (statSync(path).mode & 0o777).toString(8);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return out;
}

function wrongModes(root: string): string[] {
  return Object.entries(modesUnder(root))
    .filter(([path, mode]) => mode !== (statSync(join(root, path)).isDirectory() ? '700' : '600'))
    .map(([path, mode]) => `${path} ${mode}`);
}

const opened: SummaryVault[] = [];
let printer: ChromiumSummaryPrinter | undefined;

afterAll(async () => {
  await printer?.close();
  for (const vault of opened) vault.close();
});

// Windows keeps no Unix permission bits (only a read-only flag): access there follows the user's profile folder.
describe.skipIf(process.platform === 'win32')('file modes (not on Windows: no Unix permission bits)', () => {
  it('gives every file of a vault, its backups, second copies, set-aside folders, exports and PDFs to the owner only', async () => {
    const vault = await openSummaryVault({ sessions: 2 });
    opened.push(vault);
    const vaultDir = join(vault.dir, 'vault');
    const drive = tempDir();
    await vault.call('backup:setSecondFolder', { path: drive });
    const backup = await vault.call('backup:run', {});
    await vault.call('clients:createEnquiry', { chosenName: 'Ada' });
    const restored = await vault.call('backup:restore', { from: { id: backup.id }, passphrase: STRONG });
    expect(restored.setAside).not.toBeNull();
    await vault.call('backup:run', {});

    const exportsTo = tempDir();
    const exported = await vault.call('export:vault', { outDir: exportsTo, includePsychotherapyNotes: true });
    printer = new ChromiumSummaryPrinter();
    const pdf = join(exportsTo, 'summary.pdf');
    await vault.service().saveTo(pdf, exportRequest.parse({ clientId: vault.clientId }), printer);

    const inVault = modesUnder(vaultDir);
    // What the test must have seen, so a layout change cannot make it pass by finding nothing.
    for (const name of [
      'rapport.db',
      'rapport.db-wal',
      'rapport.db-shm',
      'rapport.key',
      'rapport.anchor',
      'rapport.lock',
    ]) {
      expect(inVault).toHaveProperty([name]);
    }
    expect(Object.keys(inVault).filter((path) => path.startsWith('backups/'))).not.toHaveLength(0);
    expect(Object.keys(inVault).filter((path) => /^set-aside\/[^/]+\/rapport\.db$/.test(path))).toHaveLength(
      1,
    );
    expect(Object.keys(modesUnder(drive)).filter((path) => path.endsWith('rapport.db'))).not.toHaveLength(0);
    expect(Object.keys(modesUnder(exportsTo))).toEqual(
      expect.arrayContaining([relative(exportsTo, exported.folder), 'summary.pdf']),
    );
    expect(exported.files.length).toBeGreaterThanOrEqual(4);

    expect(wrongModes(vaultDir)).toEqual([]);
    expect((statSync(vaultDir).mode & 0o777).toString(8)).toBe('700');
    expect(wrongModes(drive)).toEqual([]);
    expect(wrongModes(exportsTo)).toEqual([]);
  });

  it('narrows the database an earlier Rapport made readable by others when the vault is next opened', async () => {
    const core = await clockedCore();
    core.session.lock('quit');
    chmodSync(join(core.dir, 'rapport.db'), 0o644);
    expect(wrongModes(core.dir)).toEqual(['rapport.db 644']);
    await core.session.unlock(STRONG);
    expect(wrongModes(core.dir)).toEqual([]);
    expect(modesUnder(core.dir)).toHaveProperty(['rapport.db-wal'], '600');
    core.session.lock('quit');
  });
});
