import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { useColorScheme } from './flows';
import { tourScreens, type ScreenName } from './screen-tour';

async function seriousViolations(page: Page) {
  // react-aria's off-screen live region briefly keeps "done" announcements that point (by id) at
  // the pending button they came from; once that button's screen is gone, axe sees an unlabelled
  // image there for up to 7 s. It is a transient announcement, not part of any screen.
  const results = await new AxeBuilder({ page }).exclude('[data-live-announcer]').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

test('no serious or critical accessibility violations on any screen, light or dark', async ({
  openApp,
  vaultDir,
  otherVaultDir,
}) => {
  const visited: ScreenName[] = [];
  await tourScreens(openApp, vaultDir, otherVaultDir, async (screen, page) => {
    visited.push(screen);
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      expect(await seriousViolations(page), `${screen} (${colorScheme})`).toEqual([]);
    }
    await useColorScheme(page, 'light');
  });
  expect(visited).toEqual(
    expect.arrayContaining([
      'create',
      'recovery-key',
      'unlock',
      'recover',
      'home',
      'clients',
      'settings',
      'problem',
    ]),
  );
});
