import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/tools/cli/run-cli';
import { systemBrowserPrinting } from '../../electron/tools/cli/system-browser-printing';
import { AppError } from '../../electron/core/base/app-error';
import { InstanceLock, LOCK_FILE } from '../../electron/core/vault/instance-lock';
import { VaultSession } from '../../electron/core/session/vault-session';
import { bundleChild, childEnv, ROOT } from './support/bundle-child';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const KILLS = 100;
let churnBundle = '';

beforeAll(() => {
  churnBundle = bundleChild('tests/crash/lock-churn.ts');
});

async function newVault(): Promise<string> {
  const dir = join(tempDir(), 'vault');
  const session = new VaultSession({ dir, kdf: TEST_KDF });
  await session.create(STRONG);
  session.lock('quit');
  return dir;
}

/** Another process that opens the vault as the app does and keeps it open. */
async function holdInAnotherProcess(dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/crash/hold-vault.ts'), dir], {
    cwd: ROOT,
    env: { ...process.env, RAPPORT_PASSPHRASE: STRONG },
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.on('exit', () => reject(new Error(`holder exited: ${err}`)));
  });
  return {
    pid: child.pid!,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function unlockError(session: VaultSession): Promise<AppError> {
  const error = await session.unlock(STRONG).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('one writer per vault', () => {
  it('refuses a second process with CONFLICT, names the holder, and takes over once it is gone', async () => {
    const dir = await newVault();
    const holder = await holdInAnotherProcess(dir);
    try {
      const owner = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number };
      expect(owner.pid).toBe(holder.pid);
      const session = new VaultSession({ dir });
      const error = await unlockError(session);
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe(
        `This vault is already open in another copy of Rapport or the rapport command (process ${holder.pid}). Close it there first.`,
      );
      expect(session.status().state).toBe('locked');

      // The command line counts as a copy too: it stops with the same message and exit code 7.
      const stderr = new PassThrough();
      let said = '';
      stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
      const code = await runCli(
        ['info', '--vault', dir],
        {
          env: { RAPPORT_PASSPHRASE: STRONG },
          stdin: new PassThrough(),
          stdout: new PassThrough(),
          stderr,
        },
        { printing: systemBrowserPrinting },
      );
      expect(code).toBe(7);
      expect(said).toContain(`(process ${holder.pid})`);
    } finally {
      await holder.kill();
    }
    // Killed, it could not remove its lock file; the file names a process that no longer exists.
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const session = new VaultSession({ dir });
    await session.unlock(STRONG);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    session.lock('user');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second session in the same process too, and lets go of the lock on a failed unlock', async () => {
    const dir = await newVault();
    const first = new VaultSession({ dir });
    await first.unlock(STRONG);
    const second = new VaultSession({ dir });
    expect((await unlockError(second)).code).toBe('CONFLICT');
    first.lock('user');

    const wrong = await second.unlock('not-the-passphrase-at-all').catch((e: unknown) => e);
    expect((wrong as AppError).code).toBe('WRONG_PASSPHRASE');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    await second.unlock(STRONG);
    second.lock('quit');
  });

  it('is never left half-written by a copy killed while taking it, and sweeps what such a copy left', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    // A copy killed after writing its owner file but before linking it into place, and one killed
    // after linking: the lock names a process that is gone, its owner file is still there.
    writeFileSync(
      join(dir, `${LOCK_FILE}.${dead}`),
      JSON.stringify({ pid: dead, host: hostname(), since: '' }),
    );
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), since: '' }));
    // A live copy between writing and linking is left alone.
    writeFileSync(join(dir, `${LOCK_FILE}.${process.ppid}`), '{}');

    const lock = InstanceLock.acquire(dir);
    expect(readdirSync(dir).sort()).toEqual([LOCK_FILE, `${LOCK_FILE}.${process.ppid}`]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(readdirSync(dir)).toEqual([`${LOCK_FILE}.${process.ppid}`]);
  });

  it(`lets the next copy in after each of ${KILLS} kills at random moments while the lock is taken`, async () => {
    const dir = tempDir();
    for (let i = 0; i < KILLS; i++) {
      const child = spawn(process.execPath, [churnBundle, dir], { cwd: ROOT, env: childEnv() });
      let said = '';
      child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
      const exited = new Promise<string | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      await Promise.race([
        new Promise((resolve) => child.stdout.once('data', resolve)),
        exited.then(() => Promise.reject(new Error(`the child stopped before it started: ${said}`))),
      ]);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
      child.kill('SIGKILL');
      expect(await exited, said).toBe('SIGKILL');
      // Whatever step it was at (owner file written, lock linked, lock removed), nothing holds off the next copy.
      InstanceLock.acquire(dir).release();
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});
