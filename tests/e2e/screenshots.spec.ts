import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tourScreens } from './screen-tour';
import { expectWindowNeverScrolls } from './window-scroll';

const SCREENS_DIR = join('test-results', 'screens');
const SIZES = [
  { name: 'normal', width: 1280, height: 800 },
  { name: 'narrow', width: 900, height: 640 },
  { name: 'large', width: 1440, height: 900 },
] as const;

/**
 * Nothing may stick out sideways: a horizontal scrollbar on a desktop window means broken layout.
 * Checks the document and each <main>, which scrolls on its own beside the sidebar.
 */
async function expectNoHorizontalOverflow(page: Page, where: string) {
  const overflow = await page
    .locator('html, main')
    .evaluateAll((elements: { scrollWidth: number; clientWidth: number }[]) =>
      Math.max(...elements.map((element) => element.scrollWidth - element.clientWidth)),
    );
  expect(overflow, `${where} is wider than the window`).toBeLessThanOrEqual(0);
}

test('every screen, light and dark, at three window sizes (PNGs in test-results/screens)', async ({
  openApp,
  vaultDir,
  otherVaultDir,
}) => {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await tourScreens(openApp, vaultDir, otherVaultDir, async (screen, page) => {
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await expectWindowNeverScrolls(page, `${screen} (${size.name})`);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoHorizontalOverflow(page, `${screen} (${size.name}, ${colorScheme})`);
        await page.screenshot({
          path: join(SCREENS_DIR, `${screen}-${size.name}-${colorScheme}.png`),
          fullPage: true,
          animations: 'disabled',
        });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
