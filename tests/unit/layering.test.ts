import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering is enforced by the linter', () => {
  it.each([
    ['electron/core/vault/example.ts', "import { app } from 'electron';"],
    ['shared/example.ts', "import { app } from 'electron';"],
    ['shared/example.ts', "import { openEncrypted } from '../electron/core/db/connection';"],
    ['shared/example.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/example.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/example.ts', "import { createAppCore } from '../../electron/core/router/app-core';"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await ruleHits(filePath, code)).not.toHaveLength(0);
  });

  it('lets the shell import electron', async () => {
    expect(await ruleHits('electron/main/example.ts', "import { app } from 'electron';")).toHaveLength(0);
    expect(
      await ruleHits('electron/preload/example.ts', "import { ipcRenderer } from 'electron';"),
    ).toHaveLength(0);
  });
});

async function hits(filePath: string, code: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

describe('the main side imports only down its layers', () => {
  it.each([
    [
      'upward: the database layer importing a service',
      'electron/core/db/example.ts',
      "import { NotesService } from '../features/notes/notes-service';",
      /upward|may not import/,
    ],
    [
      'upward: the core importing the shell',
      'electron/core/features/pdf/example.ts',
      "import { registerIpc } from '../../../main/ipc';",
      /layers import only downward/,
    ],
    [
      'upward: a vault module importing the session',
      'electron/core/vault/example.ts',
      "export { VaultSession } from '../session/vault-session';",
      /layers import only downward/,
    ],
    [
      'upward: a type import counts too',
      'electron/core/base/example.ts',
      "import type { Db } from '../db/connection';",
      /layers import only downward/,
    ],
    [
      'sideways: one feature reaching into another',
      'electron/core/features/notes/example.ts',
      "import { ClientsService } from '../clients/clients-service';",
      /do not import each other/,
    ],
    [
      'upward: the command line importing the shell',
      'electron/tools/cli/example.ts',
      "import { createElectronSummaryPrinter } from '../../main/pdf-printer';",
      /layers import only downward/,
    ],
    [
      'sideways: the preload importing the main process',
      'electron/preload/example.ts',
      "import { APP_ORIGIN } from '../main/app-origin';",
      /do not import each other/,
    ],
  ])('refuses %s', async (_label, filePath, code, message) => {
    const found = await hits(filePath, code, 'rapport/layers');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it.each([
    [
      'a feature using the database layer',
      'electron/core/features/notes/example.ts',
      "import { listNotes } from '../../db/notes';",
    ],
    [
      'a module importing its own files',
      'electron/core/vault/backups/example.ts',
      "import { parseKeyFile } from '../key-file';",
    ],
    [
      'the router using a feature',
      'electron/core/router/example.ts',
      "import { NotesService } from '../features/notes/notes-service';",
    ],
    [
      'the shell running the command line',
      'electron/main/example.ts',
      "import { runCliInThisProcess } from '../tools/cli/run-in-process';",
    ],
    [
      'anything using shared/',
      'electron/core/db/example.ts',
      "import { channels } from '../../../shared/contract';",
    ],
  ])('allows %s', async (_label, filePath, code) => {
    expect(await hits(filePath, code, 'rapport/layers')).toEqual([]);
  });
});

describe('the command line goes through the same door as the app', () => {
  it('refuses a command reaching into the database layer, and allows the services', async () => {
    const file = 'electron/tools/cli/example.ts';
    expect(await ruleHits(file, "import { countClients } from '../../core/db/clients';")).toHaveLength(1);
    expect(await ruleHits(file, "import type { Db } from '../../core/db/connection';")).toHaveLength(1);
    expect(await ruleHits(file, "import { createServices } from '../../core/router/services';")).toEqual([]);
  });
});

describe('the shell runs the command line through its entry alone', () => {
  it.each([
    "import { runCliInThisProcess } from '../tools/cli/run-in-process';",
    "import { commandLineFromAppArgv } from '../tools/cli/app-argv';",
    "import type { CliPrinting } from '../tools/cli/cli-printing';",
  ])('allows %s', async (code) => {
    expect(await ruleHits('electron/main/example.ts', code)).toEqual([]);
  });

  it.each([
    "import { runCli } from '../tools/cli/run-cli';",
    "import { exportPdfCommand } from '../tools/cli/export-pdf-command';",
  ])('refuses %s', async (code) => {
    expect(await ruleHits('electron/main/example.ts', code)).toHaveLength(1);
  });

  it('still lets the shell import electron', async () => {
    expect(await ruleHits('electron/main/example.ts', "import { app } from 'electron';")).toEqual([]);
  });
});

describe('SQL lives in the database layer', () => {
  const HEAD = "import type { Db } from '../../db/connection';\ndeclare const db: Db;\n";

  it.each([
    ['prepare', "db.prepare('SELECT 1').get();"],
    ['exec', "db.exec('DELETE FROM notes');"],
    ['pragma', "db.pragma('wal_checkpoint(TRUNCATE)');"],
  ])('refuses %s in a service', async (_label, code) => {
    const found = await hits('electron/core/features/notes/example.ts', HEAD + code, 'rapport/no-string-sql');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/database layer/);
  });

  it('refuses it in the vault layer and the command line too', async () => {
    const code = "declare const db: { prepare(sql: string): unknown };\ndb.prepare('SELECT 1');\n";
    expect(await hits('electron/core/vault/example.ts', code, 'rapport/no-string-sql')).toHaveLength(1);
    expect(await hits('electron/tools/cli/example.ts', code, 'rapport/no-string-sql')).toHaveLength(1);
  });

  it('allows it in the database layer, and calls that carry no SQL anywhere', async () => {
    expect(
      await hits(
        'electron/core/db/example.ts',
        HEAD + "db.prepare('SELECT 1').get();",
        'rapport/no-string-sql',
      ),
    ).toEqual([]);
    const notSql = [
      'declare const service: { prepare(request: { id: string }): void };',
      "service.prepare({ id: 'x' });",
      "/^a+$/.exec('aaa');",
      "const NAME = /^b/;\nNAME.exec('b');",
    ].join('\n');
    expect(await hits('electron/core/features/pdf/example.ts', notSql, 'rapport/no-string-sql')).toEqual([]);
  });
});

describe('no dynamic route around the rule', () => {
  it('no file outside electron/main and electron/preload requires or dynamically imports electron', () => {
    const files = execFileSync(
      'git',
      ['ls-files', '--cached', '--others', '--exclude-standard', 'electron', 'shared', 'renderer'],
      {
        encoding: 'utf8',
      },
    )
      .split('\n')
      .filter((f) => /\.(ts|tsx|js)$/.test(f) && !/^electron\/(main|preload)\//.test(f));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) =>
      /(require|import)\(\s*['"]electron['"]\s*\)/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
