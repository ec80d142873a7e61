import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { useColorScheme } from './flows';
import { expectWindowNeverScrolls } from './window-scroll';

// Overridable because each Playwright run empties test-results/, so parallel runs can wipe each other's PNGs.
const SCREENS_DIR = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');
const SIZES = [
  { name: 'normal', width: 1280, height: 800 },
  { name: 'narrow', width: 900, height: 640 },
] as const;

async function seriousViolations(page: Page) {
  // As in axe.spec.ts: react-aria's transient live announcer is not part of any screen.
  const results = await new AxeBuilder({ page }).exclude('[data-live-announcer]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * For the calendar, billing and home screens: axe finds nothing serious in light or dark, nothing
 * sticks out sideways, and screenshots at 1280×800 and 900×640 in both themes land in
 * test-results/screens/<screen>-<size>-<theme>.png to be looked at. With `part`, the shot is of that
 * part alone (a section of a long page such as Settings).
 */
export async function checkScreen(page: Page, screen: string, part?: Locator): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    expect(await seriousViolations(page), `${screen} (${colorScheme})`).toEqual([]);
  }
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expectWindowNeverScrolls(page, `${screen} (${size.name})`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      const overflow = await page
        .locator('html, main')
        .evaluateAll((elements: { scrollWidth: number; clientWidth: number }[]) =>
          Math.max(...elements.map((e) => e.scrollWidth - e.clientWidth)),
        );
      expect(
        overflow,
        `${screen} (${size.name}, ${colorScheme}) is wider than the window`,
      ).toBeLessThanOrEqual(0);
      // A page scrolls inside <main>, beside the sidebar: it is let grow for the shot, to see all of
      // it. A dialog is shot as the window shows it.
      const dialogOpen = (await page.getByRole('dialog').count()) > 0;
      const unroll = dialogOpen
        ? null
        : await page.addStyleTag({
            content:
              '.app-frame { height: auto; min-height: 100vh; } .app-frame__main { overflow: visible; }',
          });
      const path = join(SCREENS_DIR, `${screen}-${size.name}-${colorScheme}.png`);
      if (part) await part.screenshot({ path, animations: 'disabled' });
      else await page.screenshot({ path, fullPage: !dialogOpen, animations: 'disabled' });
      await unroll?.evaluate((element: { remove(): void }) => element.remove());
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await useColorScheme(page, 'light');
}
