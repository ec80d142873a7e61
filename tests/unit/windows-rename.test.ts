import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  withFileRenames,
  writeFileAtomic,
  writeFileWhole,
  type RenameFile,
} from '../../electron/core/base/durable-write';
import { clockedCore } from './support/clocked-core';
import { STRONG, tempDir } from './support/temp-vault';

function errno(code: string, from: string, to: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation not permitted, rename '${from}' -> '${to}'`), { code });
}

/** A real rename that fails with `code` the first `times` times it is asked to move each file. */
function busyFor(times: number, code = 'EPERM') {
  const refused = new Map<string, number>();
  const calls: string[] = [];
  const rename: RenameFile = (from, to) => {
    calls.push(from);
    const count = refused.get(from) ?? 0;
    if (count < times) {
      refused.set(from, count + 1);
      throw errno(code, from, to);
    }
    renameSync(from, to);
  };
  return { rename, calls };
}

describe('renaming over a file Windows holds open', () => {
  it.each(['EPERM', 'EACCES', 'EBUSY'])(
    'tries again after %s while the holder lets go, and the new content lands',
    async (code) => {
      const dir = tempDir();
      const file = join(dir, 'rapport.key');
      writeFileSync(file, 'old');
      const busy = busyFor(3, code);
      await withFileRenames(busy.rename, 'win32', () => writeFileAtomic(file, 'new'));
      expect(readFileSync(file, 'utf8')).toBe('new');
      expect(busy.calls).toHaveLength(4);
      expect(readdirSync(dir)).toEqual(['rapport.key']);
    },
  );

  it('gives up after a bounded number of tries, leaving the old file and no partial one', async () => {
    const dir = tempDir();
    const pdf = join(dir, 'summary.pdf');
    writeFileSync(pdf, 'the PDF a viewer has open');
    const held = busyFor(Number.POSITIVE_INFINITY, 'EBUSY');
    const failure = await withFileRenames(held.rename, 'win32', () =>
      writeFileWhole(pdf, (write) => write('a new PDF'), { replace: true }),
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'EBUSY' });
    expect(held.calls.length).toBeGreaterThan(1);
    expect(held.calls.length).toBeLessThanOrEqual(20);
    expect(readFileSync(pdf, 'utf8')).toBe('the PDF a viewer has open');
    expect(readdirSync(dir)).toEqual(['summary.pdf']);
  });

  it('does not wait elsewhere, where these errors mean a missing permission', async () => {
    const dir = tempDir();
    const busy = busyFor(1, 'EACCES');
    const failure = await withFileRenames(busy.rename, 'linux', () =>
      writeFileAtomic(join(dir, 'rapport.key'), 'new'),
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'EACCES' });
    expect(busy.calls).toHaveLength(1);
  });

  it('does not retry an error that is not about a file in use', async () => {
    const dir = tempDir();
    const busy = busyFor(1, 'ENOENT');
    const failure = await withFileRenames(busy.rename, 'win32', () =>
      writeFileAtomic(join(dir, 'rapport.key'), 'new'),
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'ENOENT' });
    expect(busy.calls).toHaveLength(1);
  });

  it('finishes a backup and a restore whose every rename is at first refused', async () => {
    const core = await clockedCore();
    await core.call('clients:createEnquiry', { chosenName: 'Ada' });
    const busy = busyFor(2, 'EPERM');
    await withFileRenames(busy.rename, 'win32', async () => {
      const backup = await core.call('backup:run', {});
      await core.call('clients:createEnquiry', { chosenName: 'Bea' });
      const restored = await core.call('backup:restore', { from: { id: backup.id }, passphrase: STRONG });
      expect(restored.setAside).not.toBeNull();
    });
    const clients = await core.call('clients:list', { search: '', sort: 'name' });
    expect(clients.map((client) => client.chosenName)).toEqual(['Ada']);
    // The swap's own renames went through the retrying rename: the database, set aside and brought in.
    expect(busy.calls.filter((from) => from.endsWith('rapport.db')).length).toBeGreaterThanOrEqual(6);
    core.session.lock('quit');
  });
});
