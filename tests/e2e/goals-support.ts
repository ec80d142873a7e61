import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import type { GoalInput } from '../../shared/goals/goal-contract';
import { goTo, useColorScheme } from './flows';
import type { LaunchedApp } from './harness';
import { expectWindowNeverScrolls } from './window-scroll';

/** What the goals tests share: seeding through the real router, reaching the tab, the checks on every screen. */

/** Playwright empties test-results when any run starts; RAPPORT_SCREENS_DIR keeps a copy out of its way. */
export const SCREENS_DIR = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');
const SIZES = [
  { name: 'normal', width: 1280, height: 800 },
  { name: 'narrow', width: 900, height: 640 },
] as const;

export async function callOk<C extends Channel>(
  app: LaunchedApp,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await app.core.router.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** A goal as the main side takes it, with levels in the client's words. */
export function seededGoal(
  clientWords: string,
  levels: readonly string[],
  extra: Partial<GoalInput> = {},
): GoalInput {
  return {
    clientWords,
    whyItMatters: 'My sister matters more to me than anything.',
    clinicianFraming: 'Graded exposure to crowded social settings.',
    linkedConcern: 'Panic attacks in crowds',
    strengths: 'Determined; already practises slow breathing',
    steps: [
      { text: 'Practise slow breathing every morning', who: 'client' },
      { text: 'Plan a graded list of gatherings to try', who: 'together' },
    ],
    targetDate: '2027-03-01',
    weight: 2,
    levels: { '-2': levels[0]!, '-1': levels[1]!, '0': levels[2]!, '1': levels[3]!, '2': levels[4]! },
    baseline: -2,
    ...extra,
  };
}

export const WEDDING_LEVELS = [
  'I don’t go at all',
  'I go but leave before the ceremony',
  'I stay through the ceremony, even if I feel shaky',
  'I stay for the ceremony and the meal',
  'I stay all evening and dance with my sister',
];

export const SLEEP_LEVELS = [
  'Awake most nights, several times',
  'Wake up most nights',
  'Sleep through three nights a week',
  'Sleep through five nights a week',
  'Sleep through every night',
];

/** Opens a client's page from the Clients list, then one of its tabs. */
export async function openClientTab(page: Page, chosenName: string, tab: string): Promise<void> {
  await goTo(page, 'Home');
  await goTo(page, 'Clients');
  await page.getByRole('row', { name: new RegExp(chosenName) }).click();
  await expect(page.getByRole('heading', { level: 1, name: chosenName })).toBeVisible();
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** Draws on the signature pad with the mouse: a looped first stroke, then a short second one. */
export async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('The signature pad is not on screen.');
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  await page.mouse.move(...at(0.12, 0.6));
  await page.mouse.down();
  for (let i = 1; i <= 24; i += 1) {
    await page.mouse.move(...at(0.12 + i * 0.018, 0.55 + 0.2 * Math.sin(i / 2.5)));
  }
  await page.mouse.up();
  await page.mouse.move(...at(0.6, 0.45));
  await page.mouse.down();
  await page.mouse.move(...at(0.7, 0.7), { steps: 6 });
  await page.mouse.move(...at(0.8, 0.4), { steps: 6 });
  await page.mouse.up();
}

export async function seriousViolations(page: Page) {
  // As in axe.spec.ts: react-aria's off-screen live region is a transient announcement, not a screen.
  const results = await new AxeBuilder({ page }).exclude('[data-live-announcer]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    expect(await seriousViolations(page), `${screen} (${colorScheme})`).toEqual([]);
  }
  await useColorScheme(page, 'light');
}

/**
 * Screenshots at both window sizes in both themes, with nothing sticking out sideways. `scrollTo`
 * is brought into view at each size first, for parts of a long page.
 */
export async function screenshots(page: Page, screen: string, scrollTo?: Locator): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    if (scrollTo)
      await scrollTo.evaluate((e: { scrollIntoView(o: object): void }) =>
        e.scrollIntoView({ block: 'start' }),
      );
    await expectWindowNeverScrolls(page, `${screen} (${size.name})`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      const overflow = await page
        .locator('html, main')
        .evaluateAll((els: { scrollWidth: number; clientWidth: number }[]) =>
          Math.max(...els.map((e) => e.scrollWidth - e.clientWidth)),
        );
      expect(
        overflow,
        `${screen} (${size.name}, ${colorScheme}) is wider than the window`,
      ).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: join(SCREENS_DIR, `${screen}-${size.name}-${colorScheme}.png`),
        animations: 'disabled',
      });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await useColorScheme(page, 'light');
}

/** Presses Tab (and only Tab) until `target` has focus. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let press = 0; press <= maxPresses; press += 1) {
    if (
      await target.evaluate(
        (e: { ownerDocument: { activeElement: unknown } }) => e === e.ownerDocument.activeElement,
      )
    )
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${maxPresses} presses of Tab never reached ${target.toString()}`);
}

/** Keyboard focus must show: an outline of at least 2px on the element (or the box drawn around it). */
export async function expectFocusRing(target: Locator): Promise<void> {
  const outline = await target.evaluate((element: object) => {
    const style = (
      globalThis as unknown as { getComputedStyle(e: object): { outlineStyle: string; outlineWidth: string } }
    ).getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

/**
 * Picks a react-aria radio the way a person does, by clicking its visible card: the input itself is
 * visually hidden, so Playwright cannot click it.
 */
export async function choose(radio: Locator): Promise<void> {
  await radio.locator('xpath=ancestor::label[1]').click();
  await expect(radio).toBeChecked();
}
