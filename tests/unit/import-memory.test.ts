import { execFile } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, childEnv } from './support/bundle-child';
import { openCore } from './support/open-core';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

/*
 * Reading an export is streamed: the import's memory stays bounded, however large the file. A
 * synthetic export of some 200 MB (a real export with many long checklist rows added) is imported
 * in a child process, whose peak resident memory must grow by under a third of the file's size.
 * It grew by 37 MiB for this file and by 31 MiB for one half its size (SQLite's page cache, the
 * key derivation, the passphrase check, the reader's buffers); reading the file whole, as
 * JSON.parse must, grows it by more than the file itself.
 */

const ROWS = 20_000;
const TEXT_CHARACTERS = 10_000;
let child: string;

beforeAll(() => {
  child = bundleChild('tests/unit/support/import-memory-child.ts');
});

/** A real export of a new vault, and the same with many long checklist rows added. */
async function exports(): Promise<{ small: string; large: string }> {
  const core = await openCore();
  const { folder } = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: false });
  core.session.lock('quit');
  const small = join(folder, 'rapport-export.json');
  const document = JSON.parse(readFileSync(small, 'utf8'));
  document.tables.checklist_items.rows = ['ROWS'];
  const [head, tail] = JSON.stringify(document).split('"ROWS"') as [string, string];
  const path = join(tempDir(), 'large-export.json');
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    for (let id = 1; id <= ROWS; id++) {
      const text = `${id} ${'long checklist wording '.repeat(TEXT_CHARACTERS / 23)}`;
      const row = { id, group_key: 'trust', text, position: id, active: 1 };
      writeSync(fd, `${id === 1 ? '' : ','}${JSON.stringify(row)}`);
    }
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
  return { small, large: path };
}

describe('importing a large export', () => {
  it.runIf(process.platform === 'linux')(
    'keeps memory growth far below the size of the file',
    { timeout: 300_000 },
    async () => {
      const { small, large } = await exports();
      const size = statSync(large).size;
      expect(size).toBeGreaterThan(ROWS * TEXT_CHARACTERS);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [child, small, large, tempDir(), STRONG, JSON.stringify(TEST_KDF)],
        {
          env: childEnv(),
          maxBuffer: 1 << 20,
        },
      );
      const { growth, tables } = JSON.parse(stdout) as { growth: number; tables: Record<string, number> };
      expect(tables.checklist_items).toBe(ROWS);
      const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
      expect(growth, `${mib(growth)} for a file of ${mib(size)}`).toBeLessThan(size / 3);
    },
  );
});
