import Database from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecoveryKey } from '../../electron/core/vault/recovery-key';
import {
  HEX_KEY_PLACEHOLDER,
  HEX_KEY_PYTHON,
  HEX_KEY_SHELL,
  OPEN_WITHOUT_RAPPORT,
  RECOVERY_KEY_PLACEHOLDER,
  SQLCIPHER_EXPORT,
  SQLCIPHER_SESSION,
  SQLITE3MC_BEFORE_KEY,
} from '../../shared/custodian/open-without-rapport';
import { clockedCore } from './support/clocked-core';
import { tempDir } from './support/temp-vault';

/*
 * The custodian package's steps for opening the vault without Rapport, followed as printed: the
 * recovery key turned into the hex key by the shell pipeline and by the Python lines, then the
 * statements typed at the prompt. The official sqlcipher shell is not on these machines (Debian's
 * is version 3), so the statements run through SQLite3 Multiple Ciphers, with the two settings the
 * package says such tools need first; where a sqlcipher 4 shell is on the PATH, it runs them too.
 */

const filled = (lines: readonly string[], values: { key?: string; hex?: string }) =>
  lines.map((line) =>
    line.replace(RECOVERY_KEY_PLACEHOLDER, values.key ?? '').replace(HEX_KEY_PLACEHOLDER, values.hex ?? ''),
  );

/** What `.tables` lists, as the shell itself asks for it. */
const TABLES = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'";

function hexByShell(recoveryKey: string): string {
  const run = spawnSync('bash', ['-c', filled(HEX_KEY_SHELL, { key: recoveryKey }).join('\n')], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return run.stdout;
}

function hexByPython(recoveryKey: string): string {
  const [start, ...typed] = filled(HEX_KEY_PYTHON, { key: recoveryKey });
  const run = spawnSync(start!, [], { input: typed.join('\n') + '\n', encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

/** The session's lines after the one that starts the tool, typed into a tool built on SQLite3 Multiple Ciphers. */
function openAsWritten(folder: string, hex: string): { tables: string[]; clients: string[] } {
  const [start, ...typed] = filled([...SQLCIPHER_SESSION, ...SQLCIPHER_EXPORT], { hex });
  expect(start).toBe('sqlcipher rapport.db');
  const db = new Database(join(folder, 'rapport.db'), { fileMustExist: true });
  try {
    let tables: string[] = [];
    let clients: string[] = [];
    for (const line of [...SQLITE3MC_BEFORE_KEY, ...typed]) {
      if (line === '.tables') tables = db.prepare(TABLES).pluck().all() as string[];
      else if (line.startsWith('SELECT')) {
        clients = (db.prepare(line).all() as { chosen_name: string }[]).map((row) => row.chosen_name);
      } else if (!line.startsWith('.')) db.exec(line);
      // .headers, .mode and .once only shape the shell's output.
    }
    return { tables, clients };
  } finally {
    db.close();
  }
}

function officialShell(): string | null {
  const run = spawnSync('sqlcipher', ['-version'], { encoding: 'utf8' });
  return run.status === 0 && /^3\.\d+\.\d+ .*\(SQLCipher 4\./m.test(run.stdout) ? run.stdout : null;
}

async function vaultWithClients() {
  const core = await clockedCore();
  await core.call('clients:createEnquiry', { chosenName: 'Ada Lovelace' });
  const backup = await core.call('backup:run', {});
  // Written after the backup, and still in the write-ahead log beside the database: the copy needs both.
  await core.call('clients:createEnquiry', { chosenName: 'Bea Nguyen' });
  expect(existsSync(join(core.dir, 'rapport.db-wal'))).toBe(true);
  const copy = join(tempDir(), 'vault-copy');
  cpSync(core.dir, copy, { recursive: true });
  const backupCopy = join(tempDir(), 'backup-copy');
  cpSync(join(core.dir, 'backups', backup.id.split(':')[1]!), backupCopy, { recursive: true });
  return { core, copy, backupCopy };
}

describe('opening the vault without Rapport, as the custodian package says', () => {
  it('prints every block of lines it tests', () => {
    const printed = OPEN_WITHOUT_RAPPORT.flat().filter((part) => typeof part !== 'string');
    expect(printed).toEqual([HEX_KEY_SHELL, HEX_KEY_PYTHON, SQLCIPHER_SESSION, SQLCIPHER_EXPORT]);
  });

  it('turns the recovery key into the database key, and that key opens a copy of the vault and of a backup', async () => {
    const { core, copy, backupCopy } = await vaultWithClients();
    const hex = hexByShell(core.recoveryKey);
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(hex).toBe(parseRecoveryKey(core.recoveryKey).toString('hex'));
    expect(hexByPython(core.recoveryKey)).toBe(hex);

    const vault = openAsWritten(copy, hex);
    expect(vault.tables).toEqual(expect.arrayContaining(['clients', 'notes', 'intakes', 'audit_log']));
    expect(vault.clients.sort()).toEqual(['Ada Lovelace', 'Bea Nguyen']);
    expect(openAsWritten(backupCopy, hex).clients).toEqual(['Ada Lovelace']);
  });

  it('fails with “file is not a database” on a wrong key, as the package says', async () => {
    const { core, copy } = await vaultWithClients();
    const hex = hexByShell(core.recoveryKey);
    const wrong = (hex[0] === '0' ? '1' : '0') + hex.slice(1);
    expect(() => openAsWritten(copy, wrong)).toThrow(/file is not a database/);
  });

  it.skipIf(officialShell() === null)(
    'opens a copy in the official sqlcipher 4 shell (runs only where one is installed)',
    async () => {
      const { core, copy } = await vaultWithClients();
      const [start, ...typed] = filled([...SQLCIPHER_SESSION, ...SQLCIPHER_EXPORT], {
        hex: hexByShell(core.recoveryKey),
      });
      const [tool, ...args] = start!.split(' ');
      const run = spawnSync(tool!, args, { cwd: copy, input: typed.join('\n') + '\n', encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/\bclients\b/);
      expect(readFileSync(join(copy, 'clients.csv'), 'utf8')).toMatch(
        /Ada Lovelace[\s\S]*Bea Nguyen|Bea Nguyen[\s\S]*Ada Lovelace/,
      );
    },
  );
});
