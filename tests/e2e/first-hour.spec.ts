import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { expect, makeTempDir, test } from './fixtures';
import { PASSPHRASE } from './flows';

/**
 * A new clinician's first hour, as they would click it, by role and label only (no test ids): from
 * an empty vault, through Home's first steps, to a signed note, a search hit and a saved PDF.
 */
test('the first hour: from install to a signed note, a search hit and a saved summary', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const { page } = await openApp({
    summaryExport: { printer, choosePath: async (suggested) => join(saveDir, suggested) },
  });
  try {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(page.getByRole('group', { name: /^Recovery key, 14 groups/ })).toBeVisible();
    await page.getByText('I have saved my recovery key somewhere safe').click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Home says what to do first.
    const steps = page.getByRole('region', { name: 'First steps' });
    await expect(steps.getByRole('heading', { level: 3 })).toHaveText([
      'Set up your practice',
      'Add your first client',
      'Choose where backups go',
    ]);
    await steps.getByRole('button', { name: 'Practice settings' }).click();
    await page.getByLabel('Clinician name').fill('Dr Ana Ríos');
    await page.getByLabel('Practice name').fill('Harbour Light Therapy');
    await page.getByRole('button', { name: 'Save letterhead' }).click();
    await expect(page.getByText('Saved. Summaries and superbills exported from now on')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
    await expect(steps.getByRole('heading', { name: 'Set up your practice (done)' })).toBeVisible();

    // A client who starts today is added from Home, and is active from the start.
    await steps.getByRole('button', { name: 'Add client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add client' });
    await dialog.getByText('Client: the work starts now').click();
    await dialog.getByLabel('Name they go by').fill('Mariam Haddad');
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mariam Haddad' })).toBeVisible();
    await expect(page.getByText('Active', { exact: true })).toBeVisible();
    await expect(steps).toHaveCount(0);

    // A note, written and signed.
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('button', { name: 'New note' }).click();
    await page
      .getByRole('textbox', { name: 'Subjective', exact: true })
      .fill('Slept badly before the wedding rehearsal.');
    await page
      .getByRole('textbox', { name: 'Plan', exact: true })
      .fill('Practise the breathing each morning.');
    await page.getByRole('button', { name: /^Sign note/ }).click();
    await page
      .getByRole('dialog', { name: 'Sign and lock this note?' })
      .getByRole('button', { name: 'Sign and lock' })
      .click();
    await expect(page.getByText('Locked: corrections go in an addendum below.')).toBeVisible();

    // Found by search.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: /Search notes/ }).fill('rehearsal');
    const hit = page.getByRole('region', { name: 'Mariam Haddad' });
    await expect(hit.locator('mark').first()).toHaveText(/rehearsal/i);

    // Saved as a summary PDF, protected with a password.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('row', { name: /Mariam Haddad/ }).click();
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByRole('textbox', { name: 'Password for the file' }).fill('harbour-light-2026');
    await page.getByRole('textbox', { name: 'Type the password again' }).fill('harbour-light-2026');
    await page.getByRole('button', { name: 'Save summary as PDF…' }).click();
    const saved = page.getByRole('status').filter({ hasText: /^Saved / });
    await expect(saved).toContainText('protected with a password');
    const fileName = /Saved (.+\.pdf):/.exec((await saved.textContent()) ?? '')![1]!;
    expect(readFileSync(join(saveDir, fileName)).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});
