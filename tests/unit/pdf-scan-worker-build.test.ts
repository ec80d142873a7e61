import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from '../../electron/core/base/mime-types';
import { resolveRendererFile } from '../../electron/main/renderer-file';

// The built UI, as the shell serves it (`npx electron-vite build` first, as for the PDF tests).
const UI = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

describe('the built UI carries the pdf.js worker that draws PDF scans', () => {
  it('as a JavaScript module file of its own, inside the folder the app protocol serves', () => {
    expect(existsSync(join(UI, 'index.html')), 'run `npx electron-vite build` first').toBe(true);
    const assets = readdirSync(join(UI, 'assets'));
    const workers = assets.filter((name) => /^pdf\.worker.*\.mjs$/.test(name));
    expect(workers).toHaveLength(1);
    const [worker] = workers;
    expect(resolveRendererFile(UI, `app://rapport/assets/${worker}`)).toBe(join(UI, 'assets', worker!));
    expect(mimeTypeFor(worker!)).toBe('text/javascript; charset=utf-8');
    // The page's code names that very file, so pdf.js starts its worker from the app's origin.
    const scripts = assets.filter((name) => name.endsWith('.js'));
    const naming = scripts.filter((name) => readFileSync(join(UI, 'assets', name), 'utf8').includes(worker!));
    expect(naming.length).toBeGreaterThan(0);
  });
});
