import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seedClient } from '../unit/support/summary-fixture';
import { checkScreen } from './calendar-screen-check';
import { callMain } from './clients-support';
import { expect, test } from './fixtures';
import { createAndOpenVault, goTo } from './flows';

const NAME = 'Zoë Nguyễn-Whitfield';

async function openExport(page: Page): Promise<void> {
  await goTo(page, 'Home');
  await goTo(page, 'Clients');
  await page.getByRole('row', { name: new RegExp(NAME) }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await page.getByRole('tab', { name: 'Export', exact: true }).click();
}

/**
 * The choices, a readable preview and the save action are all within reach: side by side at
 * 1280×800 with the preview and the save button staying in view while the choices scroll; stacked
 * at 900×640 with the save button still in view and a way to the preview.
 */
async function expectChoicesPreviewAndSaveInReach(page: Page): Promise<void> {
  const save = page.getByRole('button', { name: 'Save summary as PDF…' });
  const sheet = page.getByRole('document', { name: 'Preview of the summary' });
  const main = page.locator('main');
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const scrollTop of [0, 100_000]) {
    await main.evaluate((element, top) => element.scrollTo({ top }), scrollTop);
    await expect(save).toBeInViewport();
    await expect(sheet).toBeInViewport();
  }
  // Readable: the A4 sheet (794 px) is shown at no less than 70% of its size.
  expect((await sheet.boundingBox())!.width).toBeGreaterThanOrEqual(0.7 * 794);
  await checkScreen(page, 'export');

  await page.setViewportSize({ width: 900, height: 640 });
  await main.evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(save).toBeInViewport();
  await page.getByRole('button', { name: 'See the preview' }).click();
  await expect(sheet).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('the export panel previews exactly what will print and shows what is left out', async ({ openApp }) => {
  const app = await openApp();
  await createAndOpenVault(app.page);
  await seedClient((channel, input) => callMain(app, channel, input), { sessions: 12 });
  const page = app.page;
  await openExport(page);

  const preview = page.getByRole('document', { name: 'Preview of the summary' });
  await expect(preview.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  const leftOut = page.getByText('Left out of this summary:').locator('..');
  await expect(leftOut.getByRole('listitem')).toHaveText(['Legal name', 'Contact details']);

  // react-aria draws its own box over a hidden input: click the label, as a person does.
  const form = page.getByRole('form', { name: 'Export summary' });
  await form.getByText('Risk information', { exact: true }).click();
  await expect(form.getByRole('checkbox', { name: /^Risk information/ })).not.toBeChecked();
  await expect(leftOut.getByRole('listitem')).toHaveText([
    'Legal name',
    'Contact details',
    'Risk information',
  ]);
  await expect(preview.getByRole('region', { name: 'Risk information: left out' })).toBeVisible();
  await expect(preview.getByText('Suicidal thoughts')).toHaveCount(0);

  // The domains are folded to a count until opened.
  const domains = form.getByRole('button', { name: /^Cultural domains/ });
  await expect(domains).toHaveAccessibleName('Cultural domains All 18 included');
  await domains.click();
  await form.getByText('National origin', { exact: true }).click();
  await expect(domains).toHaveAccessibleName('Cultural domains 17 of 18 included');
  await expect(preview.getByText('Domains left out: National origin.')).toBeVisible();
  await expect(preview.getByText('Family came from Huế')).toHaveCount(0);

  await form.getByText(/^US Letter/).click();
  await expect(page.locator('.summary-preview__sheet--Letter')).toBeVisible();

  // Protection is on by default and needs a password typed twice.
  await form.getByRole('button', { name: 'Save summary as PDF…' }).click();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();

  await expectChoicesPreviewAndSaveInReach(page);

  const axe = await new AxeBuilder({ page }).include('.export-panel').analyze();
  expect(axe.violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('export-panel.png'), fullPage: false });
});
