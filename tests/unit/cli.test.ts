import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSetting } from '../../electron/core/db/settings';
import { setSchemaVersion } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { parseKeyFile } from '../../electron/core/vault/key-file';
import { parseRecoveryKey } from '../../electron/core/vault/recovery-key';
import { unlockVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { VaultSession } from '../../electron/core/session/vault-session';
import { folderContainsText, STRONG } from './support/temp-vault';

/*
 * The real `rapport` launcher in child processes, over real vaults with the real KDF (~0.4 s each
 * unlock): what a person or a script at a shell gets, exit codes and all.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const LAUNCHER = join(ROOT, 'bin', 'rapport.js');
const RECOVERY_KEY_LINE = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){13}\n$/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let home: string;

/** The environment of every run: a throwaway home, so the default vault folder is inside it. */
function baseEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: join(home, 'config'),
    APPDATA: join(home, 'appdata'),
  };
}

/** Standard input stays an open pipe: a command that wrongly waited on it would time out the test. */
function rapport(args: string[], env: Record<string, string> = {}, node = process.execPath): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(node, [LAUNCHER, ...args], { cwd: ROOT, env: { ...baseEnv(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const withPassphrase = (passphrase = STRONG) => ({ RAPPORT_PASSPHRASE: passphrase });

function expectOneLineError(run: Run, pattern?: RegExp): void {
  expect(run.stderr).toMatch(/^rapport: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  if (pattern) expect(run.stderr).toMatch(pattern);
}

function freshDir(name: string): string {
  return join(mkdtempSync(join(home, 'case-')), name);
}

function copyOfShared(): string {
  const dir = freshDir('vault');
  cpSync(shared, dir, { recursive: true });
  return dir;
}

let shared: string;
let initRun: Run;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'rapport-cli-test-'));
  shared = join(home, 'shared', 'vault');
  initRun = await rapport(['init', '--vault', shared], withPassphrase());
});

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

describe('rapport init', () => {
  it('prints the recovery key, alone, on stdout, explains it on stderr and creates the vault', () => {
    expect(initRun.code).toBe(0);
    expect(initRun.stdout).toMatch(RECOVERY_KEY_LINE);
    expect(() => parseRecoveryKey(initRun.stdout)).not.toThrow();
    expect(initRun.stderr).toContain('shown this once only');
    expect(readdirSync(shared).sort()).toEqual(['rapport.anchor', 'rapport.db', 'rapport.key']);
  });

  it('refuses a weak passphrase with exit code 8 and creates nothing', async () => {
    const dir = freshDir('vault');
    const run = await rapport(['init', '--vault', dir], withPassphrase('password123'));
    expect(run.code).toBe(8);
    expectOneLineError(run, /too easy to guess/);
    expect(run.stdout).toBe('');
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses to create a vault where one already exists, with exit code 7', async () => {
    const before = readFileSync(vaultPaths(shared).keyFile, 'utf8');
    const run = await rapport(['init', '--vault', shared], withPassphrase());
    expect(run.code).toBe(7);
    expectOneLineError(run, /not empty/);
    expect(run.stdout).toBe('');
    expect(readFileSync(vaultPaths(shared).keyFile, 'utf8')).toBe(before);
  });

  it('without RAPPORT_PASSPHRASE and with no terminal, stops with exit code 2 instead of waiting', async () => {
    const dir = freshDir('vault');
    const run = await rapport(['init', '--vault', dir]);
    expect(run.code).toBe(2);
    expectOneLineError(run, /RAPPORT_PASSPHRASE/);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('rapport info', () => {
  it('prints facts about the vault and no client data', async () => {
    const keyFile = parseKeyFile(readFileSync(vaultPaths(shared).keyFile, 'utf8'));
    const run = await rapport(['info', '--vault', shared], withPassphrase());
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`vault           ${shared}\n`);
    expect(run.stdout).toContain(`vault id        ${keyFile.vaultId}\n`);
    expect(run.stdout).toContain(`created         ${keyFile.createdAt}\n`);
    expect(run.stdout).toContain(`schema version  ${LATEST_SCHEMA_VERSION}\n`);
    expect(run.stdout).toContain(`(${statSync(vaultPaths(shared).database).size} bytes)`);
    expect(run.stdout).toContain('clients         0\n');
    expect(run.stdout).toContain('key derivation  scrypt N=2^17 (131072), r=8, p=1\n');
  });

  it('prints the same facts as JSON with --json, without the KDF salt', async () => {
    const keyFile = parseKeyFile(readFileSync(vaultPaths(shared).keyFile, 'utf8'));
    const run = await rapport(['info', '--json', '--vault', shared], withPassphrase());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      vault: shared,
      vaultId: keyFile.vaultId,
      createdAt: keyFile.createdAt,
      schemaVersion: LATEST_SCHEMA_VERSION,
      databaseBytes: statSync(vaultPaths(shared).database).size,
      clients: 0,
      cipher: 'SQLCipher 4 (AES-256, HMAC-SHA512 on every page)',
      kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 },
    });
    expect(run.stdout).not.toContain(keyFile.passphrase.kdf.salt);
  });

  it('answers a wrong passphrase with exit code 3 and one line on stderr', async () => {
    const run = await rapport(['info', '--vault', shared], withPassphrase('amber-walrus-meadow-93'));
    expect(run.code).toBe(3);
    expectOneLineError(run, /passphrase does not open this vault/);
    expect(run.stdout).toBe('');
  });
});

describe('rapport verify', () => {
  it('passes a sound vault with one "ok" line per check', async () => {
    const run = await rapport(['verify', '--vault', shared], withPassphrase());
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'ok page-authentication',
      'ok integrity',
      'ok foreign-keys',
      'ok schema-version',
      'ok schema',
      'ok signatures',
      'ok audit-chain',
      'ok audit-anchor',
    ]);
  });

  it('prints the report as JSON with --json', async () => {
    const run = await rapport(['verify', '--vault', shared, '--json'], withPassphrase());
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { vault: string; ok: boolean; checks: { ok: boolean }[] };
    expect(report.vault).toBe(shared);
    expect(report.ok).toBe(true);
    expect(report.checks).toHaveLength(8);
    expect(report.checks.every((check) => check.ok)).toBe(true);
  });

  it('finds bytes flipped in a data page of rapport.db: exit code 4, and the failed checks named', async () => {
    const dir = copyOfShared();
    // A page of the clients table: opening the vault never reads it, so only the page check can find it.
    const opened = await unlockVault(dir, STRONG);
    const pageSize = opened.db.pragma('page_size', { simple: true }) as number;
    const pageNo = opened.db
      .prepare("SELECT pageno FROM dbstat WHERE name = 'clients'")
      .pluck()
      .get() as number;
    opened.db.close();
    const path = vaultPaths(dir).database;
    const bytes = readFileSync(path);
    const middle = (pageNo - 1) * pageSize + 100;
    for (let i = middle; i < middle + 16; i++) bytes[i]! ^= 0xff;
    writeFileSync(path, bytes);

    const run = await rapport(['verify', '--vault', dir], withPassphrase());
    expect(run.code).toBe(4);
    expect(run.stdout).toMatch(/^FAILED {2}page-authentication /m);
    expectOneLineError(run, /checks failed/);

    const info = await rapport(['info', '--vault', dir], withPassphrase());
    expect(info.code).toBe(4);
    expectOneLineError(info);
  });

  it('reports a truncated database with exit code 4 before asking for a passphrase', async () => {
    const dir = copyOfShared();
    truncateSync(vaultPaths(dir).database, 4096 + 100);
    const run = await rapport(['verify', '--vault', dir]);
    expect(run.code).toBe(4);
    expectOneLineError(run, /truncated/);
  });
});

describe('exit codes shared by the commands', () => {
  it.each(['info', 'verify'])(
    '%s: no vault at the path is exit code 6, without asking for a passphrase',
    async (command) => {
      const dir = freshDir('nothing-here');
      const run = await rapport([command, '--vault', dir]);
      expect(run.code).toBe(6);
      expectOneLineError(run, /There is no vault in/);
      expect(run.stderr).toContain(dir);
    },
  );

  it.each(['info', 'verify'])(
    '%s: a vault from a newer Rapport is exit code 5, left unchanged',
    async (command) => {
      const dir = copyOfShared();
      const { db } = await unlockVault(dir, STRONG);
      setSchemaVersion(db, LATEST_SCHEMA_VERSION + 1);
      db.close();
      const before = readFileSync(vaultPaths(dir).database);
      const run = await rapport([command, '--vault', dir], withPassphrase());
      expect(run.code).toBe(5);
      expectOneLineError(run, /newer version of Rapport/);
      expect(readFileSync(vaultPaths(dir).database).equals(before)).toBe(true);
    },
  );

  it('a usage mistake is exit code 2 from the real launcher too (the cases are in cli-run.test.ts)', async () => {
    const run = await rapport(['frobnicate']);
    expect(run.code).toBe(2);
    expectOneLineError(run, /Unknown command "frobnicate"/);
    expect(run.stdout).toBe('');
  });

  it('--help shows usage and the exit codes', async () => {
    const run = await rapport(['verify', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: rapport verify [--vault DIR] [--json]');
    expect(run.stdout).toMatch(/^ {2}130 +cancelled/m);
  });
});

describe('where the vault is', () => {
  it('--vault wins over RAPPORT_VAULT, which wins over the app’s own folder', async () => {
    const flag = freshDir('from-flag');
    const fromEnv = freshDir('from-env');
    const both = await rapport(['info', '--vault', flag], { RAPPORT_VAULT: fromEnv });
    expect(both.stderr).toContain(`There is no vault in ${flag}.`);

    const envOnly = await rapport(['init'], { ...withPassphrase(), RAPPORT_VAULT: fromEnv });
    expect(envOnly.code).toBe(0);
    expect(readdirSync(fromEnv).sort()).toEqual(['rapport.anchor', 'rapport.db', 'rapport.key']);

    const neither = await rapport(['info']);
    expect(neither.code).toBe(6);
    expect(neither.stderr).toContain(`There is no vault in ${appVaultDir()}.`);
  });
});

describe('nothing readable on disk', () => {
  it('no file in the vault folder holds the passphrase, the recovery key or stored text in the clear', async () => {
    const dir = copyOfShared();
    const stored = 'Ngozi Adébáyọ̀ 李小龍 שלום: marker 7f3a';
    const session = new VaultSession({ dir });
    await session.unlock(STRONG);
    writeSetting(session.db(), 'cliTestMarker', stored);
    session.lock('quit');

    expect((await rapport(['info', '--vault', dir], withPassphrase())).code).toBe(0);
    expect((await rapport(['verify', '--vault', dir], withPassphrase())).code).toBe(0);

    expect(readdirSync(dir).sort()).toEqual(['rapport.anchor', 'rapport.db', 'rapport.key']);
    for (const secret of [STRONG, stored, 'marker 7f3a', initRun.stdout.trim(), 'SQLite format 3']) {
      expect(folderContainsText(dir, secret), secret).toBe(false);
    }
    const { db } = await unlockVault(dir, STRONG);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'cliTestMarker'").pluck().get()).toBe(stored);
    db.close();
  });
});

describe('the launcher', () => {
  const oldNode = findNodeOlderThan22();
  it.skipIf(!oldNode)(
    'on Node older than 22 says so in one line and exits 1, instead of crashing (skipped when this machine has no such Node)',
    async () => {
      const run = await rapport(['info'], {}, oldNode!);
      expect(run.code).toBe(1);
      expectOneLineError(run, /needs Node\.js 22 or later/);
    },
  );
});

/** The folder the app uses, worked out for the child's throwaway home as the app would. */
function appVaultDir(): string {
  if (process.platform === 'win32') return join(home, 'appdata', 'Rapport', 'vault');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Rapport', 'vault');
  return join(home, 'config', 'Rapport', 'vault');
}

function findNodeOlderThan22(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'node');
    if (!existsSync(candidate)) continue;
    try {
      const version = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
      if (Number(version.split('.')[0]) < 22) return candidate;
    } catch {
      // Not a runnable Node; look further along PATH.
    }
  }
  return undefined;
}
