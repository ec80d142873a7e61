import type { Locator, Page } from '@playwright/test';

type FocusProbe = { ownerDocument: { activeElement: unknown } };

/** Presses Tab (and only Tab) until `target` has focus, as someone without a mouse would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let press = 0; press <= maxPresses; press += 1) {
    if (await target.evaluate((element: FocusProbe) => element === element.ownerDocument.activeElement))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${maxPresses} presses of Tab never reached ${target.toString()}`);
}
