import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser } from '@playwright/test';
import { launchApp, launchBrowser, TEST_KDF, type LaunchedApp, type LaunchOptions } from './harness';

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

interface WorkerFixtures {
  /** One Chromium per worker; each app opens in a context of its own. */
  sharedBrowser: Browser;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  sharedBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured.
    async ({}, use) => {
      const browser = await launchBrowser();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
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
  openApp: async ({ vaultDir, sharedBrowser }, use) => {
    const opened: LaunchedApp[] = [];
    await use(async (options = {}) => {
      const app = await launchApp({ vaultDir, kdf: TEST_KDF, browser: sharedBrowser, ...options });
      opened.push(app);
      return app;
    });
    for (const app of opened) await app.close();
    for (const app of opened)
      expect(app.errors, 'page errors or console errors (a CSP violation shows here)').toEqual([]);
  },
});

export { expect };
