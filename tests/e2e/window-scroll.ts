import { expect, type Page } from '@playwright/test';

interface ScrollingElement {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/**
 * The window itself never scrolls: only the page area beside the sidebar (or a centred card's page)
 * does. Something absolute with no positioned ancestor inside the scrolling area makes the window
 * taller than itself, and a wheel past the end of a page then carries the sidebar and the Lock
 * button away. Tries to scroll the window as far as it goes and expects it not to have moved.
 */
export async function expectWindowNeverScrolls(page: Page, where: string): Promise<void> {
  const seen = await page.evaluate(() => {
    const root = (globalThis as unknown as { document: { scrollingElement: ScrollingElement } }).document
      .scrollingElement;
    root.scrollTop = root.scrollHeight;
    const seen = {
      scrollTop: root.scrollTop,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
    };
    root.scrollTop = 0;
    return seen;
  });
  expect(seen.scrollHeight, `${where}: the window is taller than itself`).toBeLessThanOrEqual(
    seen.clientHeight,
  );
  expect(seen.scrollTop, `${where}: the window scrolled`).toBe(0);
}
