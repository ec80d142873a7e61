import { checkScreen } from './calendar-screen-check';
import { callOk, CLIENT_NAMES, seedClientsAndFees } from './calendar-seed';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';
import { openClientTab } from './goals-support';

test('the Diagnoses tab: a code found by typing, by keyboard alone; a change kept in the history; the billing tab reads the same list; axe clean, light and dark, two sizes', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  const practice = await seedClientsAndFees(app);
  await openClientTab(page, CLIENT_NAMES.ada, 'Diagnoses');
  const current = page.getByRole('region', { name: 'Current diagnoses' });
  await expect(current.getByText('No current diagnosis.')).toBeVisible();

  // Keyboard only: open the form, look the code up by typing it without its dot, pick it, save.
  await current.getByRole('button', { name: 'Add a diagnosis' }).focus();
  await page.keyboard.press('Enter');
  const code = current.getByRole('combobox', { name: 'Code' });
  await expect(code).toBeFocused();
  // Saved with no code: the form says what is missing.
  await current.getByRole('button', { name: 'Add diagnosis' }).focus();
  await page.keyboard.press('Enter');
  await expect(current.getByText('Choose a code, or type one.')).toBeVisible();
  await code.focus();
  await page.keyboard.type('generalized anx');
  await expect(page.getByRole('option', { name: /F41\.1 Generalized anxiety disorder/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(code).toHaveValue('F41.1 Generalized anxiety disorder');
  await current.getByRole('radio', { name: 'Primary' }).focus();
  await page.keyboard.press('Space');
  await current.getByRole('textbox', { name: 'Made by' }).focus();
  await page.keyboard.type('Dr Amara Osei');
  await current.getByRole('button', { name: 'Add diagnosis' }).focus();
  await page.keyboard.press('Enter');
  await expect(current.getByRole('heading', { name: 'F41.1 Generalized anxiety disorder' })).toBeVisible();
  await expect(current).toContainText('Primary · Provisional');

  // Confirmed after the review: the history keeps what it was.
  await current.getByRole('button', { name: 'Change F41.1' }).click();
  await current.getByRole('radiogroup', { name: 'Status' }).getByText('Confirmed').click();
  await checkScreen(page, 'diagnoses-change-form');
  await current.getByRole('button', { name: 'Save changes' }).click();
  await expect(current).toContainText('Primary · Confirmed');
  await current.getByRole('button', { name: /History/ }).click();
  await expect(current.getByText('status: provisional → confirmed')).toBeVisible();
  const [stored] = await callOk(app, 'diagnoses:list', { clientId: practice.clients.ada });
  expect(stored).toMatchObject({ code: 'F41.1', status: 'confirmed', madeBy: 'Dr Amara Osei' });

  // A code typed by hand, for a practice outside the US: checked for its shape.
  await current.getByRole('button', { name: 'Add a diagnosis' }).click();
  await current.getByRole('radiogroup', { name: 'Classification' }).getByText('ICD-11, typed').click();
  await current.getByRole('textbox', { name: 'Code' }).fill('6A7');
  await current.getByRole('textbox', { name: 'Title' }).fill('Single episode depressive disorder');
  await current.getByRole('button', { name: 'Add diagnosis' }).click();
  await expect(current.getByText(/An ICD-11 code is four characters/)).toBeVisible();
  await checkScreen(page, 'diagnoses-add-form-error');
  await current.getByRole('textbox', { name: 'Code' }).fill('6a70.1');
  await current.getByRole('button', { name: 'Add diagnosis' }).click();
  await expect(
    current.getByRole('heading', { name: '6A70.1 Single episode depressive disorder' }),
  ).toBeVisible();
  await checkScreen(page, 'diagnoses-tab');

  // The billing tab lists the same diagnoses, the primary first, for the superbill.
  await page.getByRole('tab', { name: 'Billing' }).click();
  const billing = page.getByRole('region', { name: 'Diagnoses' });
  await expect(billing.getByRole('listitem')).toHaveText([
    'F41.1 Generalized anxiety disorder',
    '6A70.1 Single episode depressive disorder',
  ]);
});
