import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchApp, TEST_KDF, type LaunchedApp, type LaunchOptions } from './harness';

export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
}

interface Fixtures {
  /** A vault folder that does not exist yet, inside a temp folder removed after the test. */
  vaultDir: string;
  /** Another such folder, for tests that need a second vault. */
  otherVaultDir: string;
  /** Launches the app over `vaultDir` (or other options); every app is closed after the test and must have logged no errors. */
  openApp(options?: Partial<LaunchOptions>): Promise<LaunchedApp>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured.
  vaultDir: async ({}, use) => {
    const root = makeTempDir();
    await use(join(root, 'vault'));
    rmSync(root, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- as above.
  otherVaultDir: async ({}, use) => {
    const root = makeTempDir();
    await use(join(root, 'vault'));
    rmSync(root, { recursive: true, force: true });
  },
  openApp: async ({ vaultDir }, use) => {
    const opened: LaunchedApp[] = [];
    await use(async (options = {}) => {
      const app = await launchApp({ vaultDir, kdf: TEST_KDF, ...options });
      opened.push(app);
      return app;
    });
    for (const app of opened) await app.close();
    for (const app of opened)
      expect(app.errors, 'page errors or console errors (a CSP violation shows here)').toEqual([]);
  },
});

export { expect };
