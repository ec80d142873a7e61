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
