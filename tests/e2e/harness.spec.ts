import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/base/content-security-policy';
import { expect, test } from './fixtures';

type PageFetch = {
  fetch(url: string): Promise<{ status: number; headers: { get(name: string): string | null } }>;
};

async function fetchFromPage(page: Page, path: string) {
  return page.evaluate(async (url) => {
    const response = await (globalThis as unknown as PageFetch).fetch(url);
    return { status: response.status, csp: response.headers.get('content-security-policy') };
  }, path);
}

test('the harness serves the UI like the shell: its CSP, nothing outside out/renderer, no other origin', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  expect(await fetchFromPage(page, '/index.html')).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY });
  expect((await fetchFromPage(page, '/no-such-file.js')).status).toBe(404);
  expect((await fetchFromPage(page, '/assets/..%2f..%2fpackage.json')).status).toBe(403);
  // Chromium logs each refused load; these two were asked for, so they are not the app's errors.
  expect(app.errors).toEqual([
    expect.stringContaining('status of 404'),
    expect.stringContaining('status of 403'),
  ]);
  app.errors.length = 0;

  const frozen = await page.evaluate(() => {
    const bridge = (globalThis as unknown as { rapport: object }).rapport;
    return Object.isFrozen(bridge) && Object.keys(bridge).sort().join(',');
  });
  expect(frozen).toBe('invoke,on');

  await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
});
