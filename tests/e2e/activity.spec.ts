import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';

test('activity is reported at most every 30 s, and the lock tooltip counts down from the last report', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await page.clock.install();
  await page.reload();
  await createAndOpenVault(page);
  // Frozen from here on: the page's time moves only when the test moves it.
  await page.clock.pauseAt(Date.now() + 5_000);
  const reports = () => app.calls.filter((channel) => channel === 'vault:activity').length;
  const before = reports();

  await page.clock.runFor(30_000);
  await page.keyboard.press('Shift');
  await expect.poll(reports).toBe(before + 1);
  await page.keyboard.press('Shift');
  await page.mouse.click(700, 600);
  await page.keyboard.press('Shift');
  await page.clock.runFor(29_000);
  expect(reports()).toBe(before + 1);
  await page.clock.runFor(1_000);
  await expect.poll(reports).toBe(before + 2);
  await page.clock.runFor(120_000);
  expect(reports()).toBe(before + 2);

  await page.getByRole('button', { name: 'Lock', exact: true }).hover();
  await page.clock.runFor(1_000);
  await expect(page.getByRole('tooltip')).toContainText('Locks by itself in 7:59');
  await page.clock.runFor(60_000);
  await expect(page.getByRole('tooltip')).toContainText('Locks by itself in 6:59');
});
