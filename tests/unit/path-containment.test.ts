import { join, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileUnderRoot } from '../../electron/core/base/path-containment';
import { tempDir } from './support/temp-vault';
import { hostilePath } from './support/hostile-paths';

const root = join(tempDir(), 'served');
const inside = (file: string | null) => file === null || file.startsWith(root + sep);

describe('fileUnderRoot', () => {
  it.each([
    ['/index.html', 'index.html'],
    ['/assets/app.js', join('assets', 'app.js')],
    ['/assets//app.js', join('assets', 'app.js')],
    ['/assets/my%20font.woff2', join('assets', 'my font.woff2')],
    ['/%E5%AE%B6.png', '家.png'],
  ])('%s names %s', (pathname, file) => {
    expect(fileUnderRoot(root, pathname)).toBe(join(root, file));
  });

  it('names the directory index for an empty path only when given one', () => {
    expect(fileUnderRoot(root, '/', 'index.html')).toBe(join(root, 'index.html'));
    expect(fileUnderRoot(root, '/')).toBeNull();
    expect(fileUnderRoot(root, '')).toBeNull();
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/assets/../index.html',
    '/./index.html',
    '/%2e%2e/secret.txt',
    '/.%2E/secret.txt',
    '/..%2fsecret.txt',
    '/assets%2F..%2F..%2Fsecret.txt',
    '/%2fetc%2fpasswd',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/C:/Windows/win.ini',
    '/c%3a/Windows/win.ini',
    '/index.html%00.js',
    '/index.html\0.js',
    '/%E0%A4%A',
    '/%',
  ])('refuses %s', (pathname) => {
    expect(fileUnderRoot(root, pathname, 'index.html')).toBeNull();
  });

  it('keeps a doubly encoded dot-dot as a plain name inside the root', () => {
    expect(fileUnderRoot(root, '/%252e%252e/secret.txt')).toBe(join(root, '%2e%2e', 'secret.txt'));
  });

  it('never names a file outside the root, whatever the path', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        expect(inside(fileUnderRoot(root, `/${path}`, 'index.html'))).toBe(true);
        expect(inside(fileUnderRoot(root, path))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
