import { mkdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveRendererFile } from '../../electron/main/renderer-file';
import { tempDir } from './support/temp-vault';
import { hostilePath } from './support/hostile-paths';

let root: string;
let secret: string;

beforeEach(() => {
  const dir = tempDir();
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), '');
  secret = join(dir, 'secret.txt');
  writeFileSync(secret, 'outside the UI folder');
});

function isInsideRoot(file: string | null): boolean {
  return file === null || file.startsWith(root + sep);
}

describe('resolveRendererFile serves the UI folder', () => {
  it.each([
    ['app://rapport/index.html', 'index.html'],
    ['app://rapport/', 'index.html'],
    ['app://rapport/assets/app.js', join('assets', 'app.js')],
    ['app://rapport/assets/app.js?v=3#top', join('assets', 'app.js')],
    ['app://rapport/assets/my%20font.woff2', join('assets', 'my font.woff2')],
  ])('%s -> %s', (url, relative) => {
    expect(resolveRendererFile(root, url)).toBe(join(root, relative));
  });
});

describe('resolveRendererFile refuses anything else', () => {
  it.each([
    'app://rapport/..%2fsecret.txt',
    'app://rapport/%2e%2e%2fsecret.txt',
    'app://rapport/assets%2F..%2F..%2Fsecret.txt',
    'app://rapport/%2fetc%2fpasswd',
    'app://rapport/..%5csecret.txt',
    'app://rapport/..\\secret.txt',
    'app://rapport/assets\\..\\..\\secret.txt',
    'app://rapport/C:/Windows/win.ini',
    'app://rapport/c%3a/Windows/win.ini',
    'app://rapport/index.html%00.js',
    'app://rapport/%E0%A4%A',
    'app://other/index.html',
    'app://rapport.evil/index.html',
    'https://rapport/index.html',
    'file:///etc/passwd',
    'file:///tmp/rapport/out/renderer/index.html',
  ])('%s', (url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });

  it.each([
    'app://rapport/../secret.txt',
    'app://rapport/%2e%2e/secret.txt',
    'app://rapport/.%2e/.%2E/secret.txt',
    'app://rapport/assets/../../../secret.txt',
    'app://rapport//etc/passwd',
    'app://rapport/%252e%252e/secret.txt',
  ])('%s never leaves the UI folder', (url) => {
    const file = resolveRendererFile(root, url);
    expect(isInsideRoot(file)).toBe(true);
    expect(file).not.toBe(secret);
  });

  it('never resolves outside the folder, whatever the path', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        expect(isInsideRoot(resolveRendererFile(root, `app://rapport/${path}`))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
