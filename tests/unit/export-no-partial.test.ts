import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileWrites } from '../../electron/core/base/durable-write';
import { AuditService } from '../../electron/core/features/audit/audit-service';
import { ExportService } from '../../electron/core/features/export/export-service';
import { writePdfFile } from '../../electron/core/features/pdf/write-pdf-file';
import { VaultSession } from '../../electron/core/session/vault-session';
import { unlockVault } from '../../electron/core/vault/vault';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { EXIT } from '../../electron/tools/cli/exit-codes';
import { countingWrites, diskFullAfter } from './support/failing-writes';
import { runCliInMemory } from './support/run-cli-in-memory';
import { snapshotFolder, STRONG, TEST_KDF, tempDir } from './support/temp-vault';

/*
 * An export that fails, for whatever reason, leaves nothing readable behind: not a partial file,
 * not the export's folder. The disk fills at chosen bytes through the durable layer's writer
 * (real files, everywhere), and for real on a tiny tmpfs where this machine lets the test mount one.
 */

const DISK_FULL = 'rapport: Could not read or write a file: ENOSPC: no space left on device, write.\n';

async function demoVault(): Promise<string> {
  const dir = join(tempDir(), 'vault');
  const session = new VaultSession({ dir, kdf: TEST_KDF });
  await session.create(STRONG);
  seedDemo(session.db(), { clients: 3, years: 1, seed: 'no-partial', until: '2026-03-01' });
  session.lock('quit');
  await session.settled();
  return dir;
}

/** The export's work straight on the vault's connection, with no session to add its own entries. */
async function withVaultDb<T>(
  dir: string,
  work: (services: { exporter: ExportService; audit: AuditService }) => T,
) {
  const { db } = await unlockVault(dir, STRONG);
  try {
    return await work({ exporter: new ExportService(() => db, dir), audit: new AuditService(() => db) });
  } finally {
    db.close();
  }
}

function rapport(argv: string[]) {
  return runCliInMemory(argv, { RAPPORT_PASSPHRASE: STRONG });
}

describe('an export that fills the disk', () => {
  it('leaves nothing in the chosen folder and the vault as it was, wherever the disk fills', async () => {
    const dir = await demoVault();
    // Opened once, so whatever opening itself settles is settled before the fingerprints.
    await withVaultDb(dir, () => undefined);
    const vaultBefore = snapshotFolder(dir);
    const out = tempDir();

    const counter = countingWrites();
    const whole = await withFileWrites(counter.write, () =>
      withVaultDb(dir, ({ exporter }) =>
        exporter.exportAll({ outDir: out, includePsychotherapyNotes: true }),
      ),
    );
    const sizes = whole.files.map((file) => statSync(join(whole.folder, file)).size);
    expect(counter.bytes()).toBe(sizes.reduce((sum, size) => sum + size, 0));
    rmSync(whole.folder, { recursive: true });
    const vaultAfterOne = snapshotFolder(dir);

    // In the JSON at once and halfway, in the schema file, in the first CSV, and the last byte.
    const [json, schema, firstCsv] = sizes as [number, number, number];
    const points = [0, Math.floor(json / 2), json + 10, json + schema + 10, counter.bytes() - 1];
    expect(json + schema + firstCsv).toBeLessThan(counter.bytes());
    for (const allowed of points) {
      const error = await withFileWrites(diskFullAfter(allowed), () =>
        withVaultDb(dir, ({ exporter }) =>
          exporter.exportAll({ outDir: out, includePsychotherapyNotes: true }),
        ),
      ).catch((e: unknown) => e);
      expect((error as NodeJS.ErrnoException).code, `after ${allowed} bytes`).toBe('ENOSPC');
      expect(readdirSync(out), `after ${allowed} bytes`).toEqual([]);
      expect(snapshotFolder(dir), `after ${allowed} bytes`).toEqual(vaultAfterOne);
    }
    // The one export that succeeded wrote its audit entry; none of the failed ones did.
    expect(vaultAfterOne).not.toEqual(vaultBefore);
  });

  it('through the command line: exit 9, the reason in one line, no folder left', async () => {
    const dir = await demoVault();
    const out = tempDir();
    const run = await withFileWrites(diskFullAfter(20_000), () =>
      rapport(['export-json', '--vault', dir, '--out', out, '--psychotherapy-notes', 'include']),
    );
    expect([run.code, run.stderr, run.stdout]).toEqual([EXIT.io, DISK_FULL, '']);
    expect(readdirSync(out)).toEqual([]);
    const { db } = await unlockVault(dir, STRONG);
    const actions = db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all();
    db.close();
    expect(actions).not.toContain('vault.exported');
    expect(actions.slice(-2)).toEqual(['vault.unlocked', 'vault.locked']);
  });

  it('leaves no audit CSV behind', async () => {
    const dir = await demoVault();
    const out = tempDir();
    const error = await withFileWrites(diskFullAfter(500), () =>
      withVaultDb(dir, ({ audit }) => audit.exportCsv(out)),
    ).catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(readdirSync(out)).toEqual([]);
  });

  it('leaves a PDF the person chose to replace as it was, and no partial file, under a name that says nothing', async () => {
    const out = tempDir();
    const target = join(out, 'Jane Example summary.pdf');
    writeFileSync(target, 'the older summary');
    const bytes = new Uint8Array(300_000).fill(0x25);
    let seen: string[] = [];
    const error = await withFileWrites(
      (fd, data) => {
        seen = readdirSync(out);
        diskFullAfter(100_000)(fd, data);
      },
      () => writePdfFile(target, bytes),
    ).catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(seen).toHaveLength(2);
    expect(seen.find((name) => name !== 'Jane Example summary.pdf')).toMatch(
      /^\.rapport-[0-9a-f]{12}\.partial$/,
    );
    expect(readdirSync(out)).toEqual(['Jane Example summary.pdf']);
    expect(readFileSync(target, 'utf8')).toBe('the older summary');

    const fresh = join(out, 'new.pdf');
    await withFileWrites(diskFullAfter(10), () => writePdfFile(fresh, bytes)).catch(() => undefined);
    expect(readdirSync(out)).toEqual(['Jane Example summary.pdf']);
    writePdfFile(fresh, bytes);
    expect(readFileSync(fresh)).toEqual(Buffer.from(bytes));
  });
});

/** A 64 KiB tmpfs, or the reason this machine will not mount one (mounting needs root). */
function tinyFileSystem(): { dir: string; unmount: () => void } | { refused: string } {
  const dir = join(tempDir(), 'tiny-disk');
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=700', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    return { refused: String((error as { stderr?: Buffer }).stderr ?? error).trim() };
  }
  return { dir, unmount: () => execFileSync('umount', [dir]) };
}

describe('an export onto a really full disk', () => {
  it('exits 9 and leaves the disk holding only what it held before', async (context) => {
    const disk = tinyFileSystem();
    if ('refused' in disk) {
      context.skip(`no tmpfs could be mounted here (${disk.refused}); the fault-injecting writer covers it`);
      return;
    }
    try {
      const dir = await demoVault();
      // Most of the disk is taken already: the export's JSON outgrows what is left.
      writeFileSync(join(disk.dir, 'already-here'), Buffer.alloc(40 * 1024, 1));
      const before = snapshotFolder(disk.dir);
      const run = await rapport(['export-json', '--vault', dir, '--out', disk.dir]);
      expect([run.code, run.stderr]).toEqual([EXIT.io, DISK_FULL]);
      expect(snapshotFolder(disk.dir)).toEqual(before);
    } finally {
      disk.unmount();
    }
  });
});
