import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from '../../electron/core/base/mime-types';

describe('mimeTypeFor', () => {
  it.each([
    ['/ui/index.html', 'text/html; charset=utf-8'],
    ['/ui/assets/index-3f2a.js', 'text/javascript; charset=utf-8'],
    ['/ui/assets/INDEX.JS', 'text/javascript; charset=utf-8'],
    // pdf.js's worker is a module file; a worker script served as anything else is refused (nosniff).
    ['/ui/assets/pdf.worker.min-3f2a.mjs', 'text/javascript; charset=utf-8'],
    ['/ui/assets/index-3f2a.css', 'text/css; charset=utf-8'],
    ['/ui/assets/noto-sans.woff2', 'font/woff2'],
    ['/ui/icon.svg', 'image/svg+xml'],
    ['/ui/icon.png', 'image/png'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });

  it('never guesses: unknown and missing extensions are opaque bytes', () => {
    expect(mimeTypeFor('/ui/readme')).toBe('application/octet-stream');
    expect(mimeTypeFor('/ui/payload.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('/ui/index.html.bak')).toBe('application/octet-stream');
  });
});
