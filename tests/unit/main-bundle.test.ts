import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSummaryPage } from '../../electron/core/features/pdf/renderer-root';

/*
 * The built main process (npx electron-vite build, which npm test runs first) is what the installed
 * app runs, its command line included. These check it as built.
 */
const MAIN = join(requireSummaryPage(), '..', 'main');

describe('the built main process', () => {
  it('keeps every chunk beside index.js, where the worker and the page are found from', () => {
    const entries = readdirSync(MAIN, { withFileTypes: true });
    expect(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)).toEqual([]);
    expect(entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['index.js', 'vault-worker.js']),
    );
  });

  it('carries no playwright-core, which the installed app does not have: its command line prints with Electron', () => {
    const scripts = readdirSync(MAIN).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    // Imported, or bundled in (the bundler names each file it inlines: node_modules/playwright-core/lib/…).
    const loadsPlaywright =
      /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']playwright-core["']|playwright-core\/(?:lib|src)\//;
    expect(scripts.filter((name) => loadsPlaywright.test(readFileSync(join(MAIN, name), 'utf8')))).toEqual(
      [],
    );
  });

  it('loads the commands only when started with --cli', () => {
    const index = readFileSync(join(MAIN, 'index.js'), 'utf8');
    expect(index).not.toContain("name: 'export-superbill'");
    expect(index).not.toContain('name: "export-superbill"');
    const chunks = readdirSync(MAIN).filter((name) => name.startsWith('run-in-process-'));
    expect(chunks).toHaveLength(1);
    expect(readFileSync(join(MAIN, chunks[0]!), 'utf8')).toMatch(/name: ["']export-superbill["']/);
  });
});
