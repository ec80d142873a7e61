import { expect, type Page } from '@playwright/test';
import { PASSPHRASE } from './flows';

/** One step of the path: what the clinician does, which ends once its result is on screen. */
export type Step = (name: string, action: () => Promise<void>) => Promise<void>;

const CLIENT = 'Mariam Haddad';
const FILE_PASSWORD = 'harbour-light-2026';

/**
 * A new clinician's first hour, as they would click it, by role and label only (no test ids): from
 * an empty vault, through Home's first steps, to a signed note, a search hit and a saved summary
 * PDF. Each step ends when its result shows, so the benchmark can time the steps the end-to-end test
 * walks; returns the name of the PDF saved.
 */
export async function walkFirstHour(page: Page, step: Step): Promise<string> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const steps = page.getByRole('region', { name: 'First steps' });

  await step('create the vault', async () => {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(page.getByRole('group', { name: /^Recovery key, 14 groups/ })).toBeVisible();
  });
  await step('confirm the recovery key', async () => {
    await page.getByText('I have saved my recovery key somewhere safe').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(steps.getByRole('heading', { level: 3 })).toHaveText([
      'Set up your practice',
      'Add your first client',
      'Choose where backups go',
    ]);
  });
  await step('open the practice settings', async () => {
    await steps.getByRole('button', { name: 'Practice settings' }).click();
    await expect(page.getByLabel('Practice name')).toBeVisible();
  });
  await step('save the practice details', async () => {
    await page.getByLabel('Clinician name').fill('Dr Ana Ríos');
    await page.getByLabel('Practice name').fill('Harbour Light Therapy');
    await page.getByRole('button', { name: 'Save letterhead' }).click();
    await expect(page.getByText('Saved. Summaries and superbills exported from now on')).toBeVisible();
  });
  await step('back to Home', async () => {
    await nav.getByRole('button', { name: 'Home' }).click();
    await expect(steps.getByRole('heading', { name: 'Set up your practice (done)' })).toBeVisible();
  });
  // A client who starts today is added from Home, and is active from the start.
  await step('add a client', async () => {
    await steps.getByRole('button', { name: 'Add client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add client' });
    await dialog.getByText('Client: the work starts now').click();
    await dialog.getByLabel('Name they go by').fill(CLIENT);
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await expect(page.getByRole('heading', { level: 1, name: CLIENT })).toBeVisible();
  });
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
  await expect(steps).toHaveCount(0);
  await step('start a note', async () => {
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('button', { name: 'New note' }).click();
    await expect(page.getByRole('textbox', { name: 'Subjective', exact: true })).toBeVisible();
  });
  await step('write the note', async () => {
    await page
      .getByRole('textbox', { name: 'Subjective', exact: true })
      .fill('Slept badly before the wedding rehearsal.');
    await page
      .getByRole('textbox', { name: 'Plan', exact: true })
      .fill('Practise the breathing each morning.');
    await expect(page.getByText(/^Saved \d/)).toBeVisible();
  });
  await step('sign the note', async () => {
    await page.getByRole('button', { name: /^Sign note/ }).click();
    await page
      .getByRole('dialog', { name: 'Sign and lock this note?' })
      .getByRole('button', { name: 'Sign and lock' })
      .click();
    await expect(page.getByText('Locked: corrections go in an addendum below.')).toBeVisible();
  });
  await step('search for a word', async () => {
    await nav.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: /Search notes/ }).fill('rehearsal');
    await expect(page.getByRole('region', { name: CLIENT }).locator('mark').first()).toHaveText(/rehearsal/i);
  });
  await step('open the export', async () => {
    await nav.getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('row', { name: new RegExp(CLIENT) }).click();
    await page.getByRole('tab', { name: 'Export' }).click();
    await expect(page.getByRole('document', { name: 'Preview of the summary' })).toBeVisible();
  });
  const saved = page.getByRole('status').filter({ hasText: /^Saved / });
  await step('save the summary as a PDF', async () => {
    await page.getByRole('textbox', { name: 'Password for the file' }).fill(FILE_PASSWORD);
    await page.getByRole('textbox', { name: 'Type the password again' }).fill(FILE_PASSWORD);
    await page.getByRole('button', { name: 'Save summary as PDF…' }).click();
    await expect(saved).toContainText('protected with a password');
  });
  return /Saved (.+\.pdf):/.exec((await saved.textContent()) ?? '')![1]!;
}

/** The steps up to and including the signed note: "time to first signed note". */
export const TO_FIRST_SIGNED_NOTE = [
  'create the vault',
  'confirm the recovery key',
  'open the practice settings',
  'save the practice details',
  'back to Home',
  'add a client',
  'start a note',
  'write the note',
  'sign the note',
] as const;
