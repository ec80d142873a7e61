import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSPHRASE, useColorScheme } from './flows';
import { tourClientScreens, tourRecoveryScreens, type ClientScreen } from './clients-tour';
import { expectWindowNeverScrolls } from './window-scroll';

/** RAPPORT_SCREENS_DIR keeps a copy out of test-results, which every Playwright run empties. */
const SCREENS_DIR = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');
const SIZES = [
  { name: 'normal', width: 1280, height: 800 },
  { name: 'narrow', width: 900, height: 640 },
] as const;

async function seriousViolations(page: Page) {
  // As in axe.spec.ts: react-aria's off-screen live region can briefly point at a button that is gone.
  const results = await new AxeBuilder({ page }).exclude('[data-live-announcer]').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

async function expectNoHorizontalOverflow(page: Page, where: string) {
  const overflow = await page
    .locator('html, main')
    .evaluateAll((elements: { scrollWidth: number; clientWidth: number }[]) =>
      Math.max(...elements.map((element) => element.scrollWidth - element.clientWidth)),
    );
  expect(overflow, `${where} is wider than the window`).toBeLessThanOrEqual(0);
}

async function checkAccessibility(screen: ClientScreen, page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    expect(await seriousViolations(page), `${screen} (${colorScheme})`).toEqual([]);
  }
  await useColorScheme(page, 'light');
}

async function takeScreenshots(screen: ClientScreen, page: Page) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expectWindowNeverScrolls(page, `${screen} (${size.name})`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      await expectNoHorizontalOverflow(page, `${screen} (${size.name}, ${colorScheme})`);
      await page.screenshot({
        path: join(SCREENS_DIR, `${screen}-${size.name}-${colorScheme}.png`),
        animations: 'disabled',
      });
    }
  }
  // The page scrolls inside its frame, so a tall window is the way to see a long screen whole.
  const height = await page
    .locator('main')
    .first()
    .evaluate((main: { scrollHeight: number }) => main.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 800), 6000) });
  await useColorScheme(page, 'light');
  await page.screenshot({ path: join(SCREENS_DIR, `${screen}-whole-light.png`), animations: 'disabled' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

const ALL_SCREENS: ClientScreen[] = [
  'clients-list',
  'clients-archived',
  'new-enquiry',
  'new-enquiry-invalid',
  'client-overview',
  'intake-identity',
  'intake-risk',
  'intake-cultural',
  'intake-invalid',
  'intake-draft',
  'intake-read',
  'intake-history',
  'cultural-tab',
  'status-dialog',
  'status-changed',
];
const RECOVERY_SCREENS: ClientScreen[] = [
  'home-recovery-reminder',
  'settings-recovery',
  'settings-recovery-shown',
];

test('clients and intake screens and dialogs: no serious accessibility violations, light or dark', async ({
  openApp,
}) => {
  const visited: ClientScreen[] = [];
  await tourClientScreens(await openApp(), async (screen, page) => {
    visited.push(screen);
    await checkAccessibility(screen, page);
  });
  expect(visited).toEqual(ALL_SCREENS);
});

test('recovery key reminder and settings: no serious accessibility violations, light or dark', async ({
  openApp,
}) => {
  const visited: ClientScreen[] = [];
  await tourRecoveryScreens(await openApp(), PASSPHRASE, async (screen, page) => {
    visited.push(screen);
    await checkAccessibility(screen, page);
  });
  expect(visited).toEqual(RECOVERY_SCREENS);
});

test('clients and intake screens at two window sizes, light and dark (PNGs in test-results/screens)', async ({
  openApp,
}) => {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await tourClientScreens(await openApp(), takeScreenshots);
  await tourRecoveryScreens(
    await openApp({ vaultDir: join(test.info().outputDir, 'recovery-vault') }),
    PASSPHRASE,
    takeScreenshots,
  );
});
