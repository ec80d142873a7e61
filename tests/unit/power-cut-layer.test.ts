import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './support/temp-vault';
import { buildShim, PowerCut } from './support/unsynced-writes/power-cut';

/*
 * The simulated power cut itself (tests/unit/support/unsynced-writes): what it undoes and what it
 * keeps, for the calls Node makes. The SQLite side is shown by crash-power-cut.test.ts, whose
 * child with synchronous = OFF loses its writes.
 */

let shim = '';

beforeAll(() => {
  shim = buildShim();
});

/** Runs `script` (CommonJS, `dir` and `fs` in scope) with the shim, then kills it and cuts the power. */
function runThenCut(script: string): { dir: string; read: (name: string) => string | null } {
  const scratch = tempDir();
  const dir = join(scratch, 'watched');
  mkdirSync(dir);
  mkdirSync(join(scratch, 'power'));
  writeFileSync(join(dir, 'before.txt'), 'on the disk before');
  const power = new PowerCut(shim, dir, join(scratch, 'power'));
  const child = spawnSync(
    process.execPath,
    [
      '-e',
      `const fs = require('node:fs'); const dir = ${JSON.stringify(dir)};\n${script}\nprocess.kill(process.pid, 'SIGKILL');`,
    ],
    { env: { ...process.env, ...power.env() }, encoding: 'utf8' },
  );
  expect(child.signal, child.stderr).toBe('SIGKILL');
  power.cut();
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null);
  return { dir, read };
}

describe.runIf(process.platform === 'linux')('the simulated power cut', () => {
  it('loses what was written and not synced, and keeps what was synced', () => {
    const { read } = runThenCut(`
      fs.writeFileSync(dir + '/unsynced.txt', 'lost');
      fs.appendFileSync(dir + '/before.txt', ', and more');
      const fd = fs.openSync(dir + '/synced.txt', 'w');
      fs.writeSync(fd, 'kept');
      fs.fsyncSync(fd);
      fs.writeSync(fd, ' but not this');
      fs.closeSync(fd);
    `);
    expect(read('unsynced.txt')).toBe('');
    expect(read('before.txt')).toBe('on the disk before');
    expect(read('synced.txt')).toBe('kept');
  });

  it('undoes a truncation, a copy and a write at an offset', () => {
    const { read } = runThenCut(`
      fs.writeFileSync(dir + '/before.txt', 'replaced');
      fs.copyFileSync(dir + '/before.txt', dir + '/copy.txt');
      const fd = fs.openSync(dir + '/before.txt', 'r+');
      fs.writeSync(fd, 'XX', 3);
      fs.ftruncateSync(fd, 2);
      fs.closeSync(fd);
    `);
    expect(read('before.txt')).toBe('on the disk before');
    expect(read('copy.txt')).toBe('');
  });

  it('undoes a rename until its folder is synced, putting back the file it replaced', () => {
    const { read } = runThenCut(`
      const write = (name, text) => { const fd = fs.openSync(dir + '/' + name, 'w'); fs.writeSync(fd, text); fs.fsyncSync(fd); fs.closeSync(fd); };
      write('a.new', 'new a');
      fs.renameSync(dir + '/a.new', dir + '/a.txt');
      const folder = fs.openSync(dir, 'r'); fs.fsyncSync(folder); fs.closeSync(folder);
      write('before.new', 'new before');
      fs.renameSync(dir + '/before.new', dir + '/before.txt');
    `);
    expect(read('a.txt')).toBe('new a');
    expect(read('before.txt')).toBe('on the disk before');
    expect(read('before.new')).toBe('new before');
  });
});
