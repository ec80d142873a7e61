import { join, sep, win32 } from 'node:path';
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

describe('fileUnderRoot with Windows paths', () => {
  const roots = [
    'C:\\Program Files\\Rapport\\resources\\app.asar\\out\\renderer',
    '\\\\server\\share\\Rapport\\out\\renderer',
    `\\\\?\\D:\\${'very long folder name\\'.repeat(14)}renderer`,
  ];

  it.each(roots)('names files under %s with its drive or share, whatever its length', (root) => {
    expect(root.length > 260 || !root.startsWith('\\\\?\\')).toBe(true);
    expect(fileUnderRoot(root, '/assets/app.js', undefined, win32)).toBe(`${root}\\assets\\app.js`);
    expect(fileUnderRoot(root, '/', 'index.html', win32)).toBe(`${root}\\index.html`);
  });

  it.each([
    '/CON',
    '/con.js',
    '/assets/NUL.txt',
    '/aux',
    '/COM1.woff2',
    '/lpt9',
    '/CONIN$',
    '/index.html:$DATA',
    '/index.html%3a%24DATA',
    '/index.html.',
    '/index.html%20',
    '/assets./app.js',
    '/D:/secret.txt',
    '/..\\secret.txt',
  ])('refuses %s, which Windows would read as another file or a device', (pathname) => {
    for (const root of roots) expect(fileUnderRoot(root, pathname, 'index.html', win32)).toBeNull();
    expect(fileUnderRoot(root, pathname, 'index.html')).toBeNull();
  });

  it('never names a file outside a Windows root, whatever the path', () => {
    fc.assert(
      fc.property(hostilePath, fc.constantFrom(...roots), (path, base) => {
        const file = fileUnderRoot(base, `/${path}`, 'index.html', win32);
        expect(file === null || file.startsWith(`${base}\\`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
