import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll } from 'vitest';

export const ROOT = join(import.meta.dirname, '../../..');

/**
 * Bundles a child script of the crash tests into one plain file (esbuild, which tsx itself runs
 * on): started through tsx each child spends over half a second compiling, a bundled one starts in
 * a fraction of that, which is what lets hundreds of kills fit in a CI run. Call it in beforeAll:
 * the bundle lasts for the whole file, unlike a test's temp folder.
 */
export function bundleChild(entry: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-child-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, 'child.cjs');
  buildSync({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The native SQLite binding loads from the project's node_modules (see childEnv).
    external: ['better-sqlite3-multiple-ciphers'],
    // import.meta.url, which the session's worker pool reads when loaded, means the bundle itself.
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__bundleUrl' },
    logLevel: 'error',
  });
  return outfile;
}

/** The environment a bundled child needs to find the native binding. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra, NODE_PATH: join(ROOT, 'node_modules') };
}
