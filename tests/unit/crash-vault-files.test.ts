import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newEnquiry } from '../../shared/clients/client-contract';
import { BackupService } from '../../electron/core/features/backup/backup-service';
import { ClientsService } from '../../electron/core/features/clients/clients-service';
import { VaultSession } from '../../electron/core/session/vault-session';
import { openEncrypted } from '../../electron/core/db/connection';
import { PARTIAL_PREFIX, vaultBackupsRoot } from '../../electron/core/vault/backup-layout';
import { parseRecoveryKey } from '../../electron/core/vault/recovery-key';
import { unlockVault } from '../../electron/core/vault/vault';
import { inspectVaultFolder, vaultPaths } from '../../electron/core/vault/vault-files';
import { bundleChild, childEnv, ROOT } from './support/bundle-child';
import { STRONG, STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';
import { buildShim, PowerCut, type Moment } from './support/unsynced-writes/power-cut';

/**
 * The operations that rewrite the vault's own files, cut off at every moment: a restore's swap of
 * the vault for a backup, the key file rewritten for a new passphrase, a WAL checkpoint, a backup. A child
 * does the operation (tests/crash/vault-file-ops.ts); the shim kills it at the Nth change it makes
 * to the vault folder (see chooseMoments for which N), and what was not synced is undone as by a
 * power cut. The vault
 * must then open, with its passphrase, as it was before or as it is after, whole; once the child
 * has said the operation is done, only as after.
 */
let bundle = '';
let shim = '';

beforeAll(() => {
  bundle = bundleChild('tests/crash/vault-file-ops.ts');
  shim = buildShim();
});

interface Outcome {
  lines: string[];
  killed: boolean;
}

function runChild(dir: string, power: PowerCut, args: string[], killAt?: number): Promise<Outcome> {
  const extra: Record<string, string> = { ...power.env(), RAPPORT_PASSPHRASE: STRONG };
  if (killAt !== undefined) extra.UNSYNCED_KILL_AT = String(killAt);
  const child = spawn(process.execPath, [bundle, dir, ...args], { cwd: ROOT, env: childEnv(extra) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code, signal) => {
      const lines = stdout.split('\n').slice(0, -1);
      if (signal === 'SIGKILL' || code === 0) resolve({ lines, killed: signal === 'SIGKILL' });
      else reject(new Error(`the operation exited with ${code}: ${stderr}`));
    }),
  );
}

async function clientNames(dir: string, passphrase: string): Promise<string[]> {
  const { db } = await unlockVault(dir, passphrase);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return new ClientsService(() => db).list({ search: '', sort: 'name' }).map((c) => c.chosenName);
  } finally {
    db.close();
  }
}

/**
 * Which moments to kill at. What a cut leaves depends only on which syncs happened before it
 * (every unsynced write and rename is undone), so killing anywhere between two syncs gives one
 * outcome. Killed at each folder sync (which is what makes a rename last), the first moment and
 * the last, and two others at random; POWER_CUT_EVERY_MOMENT=1 kills at every one.
 */
function chooseMoments(moments: Moment[]): number[] {
  const count = moments.length;
  if (process.env.POWER_CUT_EVERY_MOMENT) return Array.from({ length: count }, (_, i) => i + 1);
  const chosen = new Set([1, count]);
  moments.forEach((moment, i) => {
    if (moment === 'folder sync') chosen.add(i + 1);
  });
  for (let i = 0; i < 2; i++) chosen.add(1 + Math.floor(Math.random() * count));
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Runs the operation on a fresh copy of `template` once to count its moments, then once per
 * moment, killed there; `check` sees each copy after the cut, with what the child printed.
 */
async function cutAtEveryMoment(
  template: string,
  args: string[],
  check: (dir: string, outcome: Outcome) => Promise<void>,
): Promise<number> {
  const scratch = tempDir();
  let run = 0;
  const attempt = async (killAt?: number) => {
    run += 1;
    const dir = join(scratch, `run-${run}`, 'vault');
    const logs = join(scratch, `run-${run}`, 'power');
    cpSync(template, dir, { recursive: true });
    mkdirSync(logs);
    const power = new PowerCut(shim, dir, logs);
    const outcome = await runChild(dir, power, args, killAt);
    const moments = killAt === undefined ? power.moments() : [];
    power.cut();
    await check(dir, outcome);
    return { outcome, moments };
  };
  const { outcome, moments } = await attempt();
  expect(outcome.lines).toContain('done');
  const chosen = chooseMoments(moments);
  for (const moment of chosen) {
    const killed = await attempt(moment);
    expect(killed.outcome.killed, `killed at moment ${moment} of ${moments.length}`).toBe(true);
  }
  return chosen.length;
}

async function sessionWith(dir: string, names: string[]): Promise<VaultSession> {
  const session = new VaultSession({ dir, kdf: TEST_KDF, tickMs: null });
  recoveryKey = await session.create(STRONG);
  const clients = new ClientsService(() => session.db());
  for (const name of names) clients.createEnquiry(newEnquiry.parse({ chosenName: name }));
  return session;
}

let recoveryKey = '';

/** The backups in a vault's folder (not one still being written), each opened and checked. */
function backupContents(dir: string): string[][] {
  const root = vaultBackupsRoot(dir);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => !name.startsWith(PARTIAL_PREFIX))
    .map((name) => {
      expect(inspectVaultFolder(join(root, name)).state).toBe('present');
      const db = openEncrypted(vaultPaths(join(root, name)).database, parseRecoveryKey(recoveryKey), {
        create: false,
      });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        return db.prepare('SELECT chosen_name FROM clients').pluck().all() as string[];
      } finally {
        db.close();
      }
    });
}

describe.runIf(process.platform === 'linux')('a power cut while the vault’s files are rewritten', () => {
  it('leaves the vault as before or as restored, never neither, at every moment of a restore', async () => {
    const template = join(tempDir(), 'vault');
    const session = await sessionWith(template, ['Ada']);
    const backup = new BackupService(session).run(session.db(), 'manual');
    new ClientsService(() => session.db()).createEnquiry(newEnquiry.parse({ chosenName: 'Bea' }));
    session.lock('quit');

    const moments = await cutAtEveryMoment(template, ['restore', backup.id], async (dir, { lines }) => {
      // What the app shows before unlocking: a vault to unlock, not an empty folder or a damaged one.
      expect(inspectVaultFolder(dir).state).toBe('present');
      const names = await clientNames(dir, STRONG);
      if (lines.includes('done')) expect(names).toEqual(['Ada']);
      else expect([['Ada'], ['Ada', 'Bea']]).toContainEqual(names);
    });
    expect(moments).toBeGreaterThan(0);
  });

  it('leaves a key file that opens the vault with the old or the new passphrase at every moment of a change', async () => {
    const template = join(tempDir(), 'vault');
    (await sessionWith(template, ['Ada'])).lock('quit');

    const moments = await cutAtEveryMoment(template, ['passphrase', STRONG_2], async (dir, { lines }) => {
      const opened = await Promise.any(
        [STRONG_2, STRONG].map(async (passphrase) => ({
          passphrase,
          names: await clientNames(dir, passphrase),
        })),
      );
      expect(opened.names).toEqual(['Ada']);
      if (lines.includes('done')) expect(opened.passphrase).toBe(STRONG_2);
    });
    expect(moments).toBeGreaterThan(0);
  });

  it('keeps every write committed before a checkpoint at every moment of it', async () => {
    const template = join(tempDir(), 'vault');
    (await sessionWith(template, ['Ada'])).lock('quit');

    const moments = await cutAtEveryMoment(template, ['checkpoint'], async (dir, { lines }) => {
      const written = lines.filter((line) => line.startsWith('client ')).map((line) => line.slice(7));
      expect(await clientNames(dir, STRONG)).toEqual(expect.arrayContaining(['Ada', ...written]));
    });
    expect(moments).toBeGreaterThan(0);
  });

  it('leaves no backup, or a whole one, at every moment of making one', async () => {
    const template = join(tempDir(), 'vault');
    (await sessionWith(template, ['Ada'])).lock('quit');

    const moments = await cutAtEveryMoment(template, ['backup'], async (dir, { lines }) => {
      const backups = backupContents(dir);
      if (lines.includes('done') || backups.length > 0) expect(backups).toEqual([['Ada']]);
      expect(await clientNames(dir, STRONG)).toEqual(['Ada']);
    });
    expect(moments).toBeGreaterThan(0);
  });
});
