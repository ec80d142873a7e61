import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seedClient } from '../unit/support/summary-fixture';
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

  await form.getByText('National origin', { exact: true }).click();
  await expect(preview.getByText('Domains left out: National origin.')).toBeVisible();
  await expect(preview.getByText('Family came from Huế')).toHaveCount(0);

  await form.getByText(/^US Letter/).click();
  await expect(page.locator('.summary-preview__sheet--Letter')).toBeVisible();

  // Protection is on by default and needs a password typed twice.
  await form.getByRole('button', { name: 'Save summary as PDF…' }).click();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.export-panel').analyze();
  expect(axe.violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('export-panel.png'), fullPage: false });
});
