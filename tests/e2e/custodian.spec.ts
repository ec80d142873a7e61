import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { localDay } from '../../shared/dates/format-date';
import { pdfInfo, pdfText, squash } from '../unit/support/pdf-tools';
import { seedRecordClient, WORDS } from '../unit/support/record-fixture';
import { checkScreen } from './calendar-screen-check';
import { callOk } from './calendar-seed';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, lock } from './flows';

/** Ticks a checkbox as a keyboard user does: its drawn box lies over the input. */
async function tick(box: Locator): Promise<void> {
  await box.focus();
  await box.press('Space');
}

/** Saving launches Chromium and prints: slow on a loaded machine. What the dialog says is shown if it never closes. */
async function saved(dialog: Locator): Promise<void> {
  await expect(dialog)
    .toBeHidden({ timeout: 180_000 })
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nThe dialog says: ${await dialog.innerText()}`);
    });
}

test('the records custodian opens the vault read-only with the recovery key, prints a record and the contact list, and locks; axe clean, light and dark, two sizes', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const app = await openApp({
    summaryExport: { printer, choosePath: async (suggested) => join(saveDir, suggested) },
  });
  try {
    const { page } = app;
    const recoveryKey = await createAndOpenVault(page);
    const call = <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> =>
      callOk(app, channel, input);
    await call('practice:update', {
      ...(await call('practice:get', {})),
      practiceName: 'Harbour Therapy',
      clinicianName: 'Dr Ana Ruiz',
    });
    await seedRecordClient(call);
    await call('clients:createEnquiry', {
      chosenName: 'Tomasz Wiśniewski',
      phone: '+48 22 555 0142',
      email: 'tomasz@example.org',
      startAs: 'active',
    });
    await lock(page);

    await checkScreen(page, 'unlock-with-custodian');
    await page.getByRole('button', { name: 'Open as records custodian (read-only)' }).click();
    await expect(page.getByRole('heading', { name: 'Open as records custodian' })).toBeVisible();
    const keyField = page.getByRole('textbox', { name: 'Recovery key' });
    // A key with a typing mistake is caught by its checksum, before any try is counted.
    await keyField.fill(`${recoveryKey.slice(0, -4)}AAAA`);
    await page.getByRole('button', { name: 'Open read-only' }).click();
    await expect(page.getByText(/typing mistake/)).toBeVisible();
    await checkScreen(page, 'custodian-unlock');
    await keyField.fill(recoveryKey);
    await page.getByRole('button', { name: 'Open read-only' }).click();

    const banner = page.getByRole('region', { name: 'Read-only custodian mode' });
    await expect(banner).toContainText('Read-only custodian mode — nothing can be changed.');
    await expect(page.getByRole('heading', { name: 'Records' })).toBeVisible();
    await expect(page.getByText('Maya Lindqvist')).toBeVisible();
    expect(app.core.session.status().custodian).toBe(true);
    // Nothing on the screen offers a change; the main side refuses one anyway.
    await expect(page.getByRole('button', { name: /new|edit|sign|add|save changes|delete/i })).toHaveCount(0);
    const refused = await app.core.router.call('clients:createEnquiry', { chosenName: 'Someone new' });
    expect(refused).toMatchObject({ ok: false, error: { message: /^Read-only custodian mode/ } });
    await checkScreen(page, 'custodian-records');

    // A client's whole record, for a records request.
    await page.getByRole('button', { name: 'Print record of Maya Lindqvist…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print the record' });
    await dialog.getByRole('radiogroup', { name: 'What to print' }).getByText('The whole chart').click();
    await dialog.getByRole('textbox', { name: 'Prepared for' }).fill('Dr Jonas Berg, Northside Clinic');
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill('Transfer after the clinician’s death');
    await tick(dialog.getByRole('checkbox', { name: /Protect the file with a password/ }));
    await dialog.getByRole('button', { name: 'Save record as PDF…' }).click();
    await saved(dialog);
    const recordFile = join(saveDir, `record-${localDay(new Date())}.pdf`);
    const record = squash(pdfText(recordFile).stdout);
    expect(record).toContain(squash('Maya Lindqvist'));
    expect(record).toContain(squash(WORDS.januaryPlan));

    // The contact list: names and how to reach them, nothing clinical.
    await page.getByRole('button', { name: 'Print contact list…' }).click();
    const contacts = page.getByRole('dialog', { name: 'Print the contact list' });
    await tick(contacts.getByRole('checkbox', { name: /Protect the file with a password/ }));
    await checkScreen(page, 'custodian-contacts-dialog');
    await contacts.getByRole('button', { name: 'Save as PDF…' }).click();
    await saved(contacts);
    const listFile = join(saveDir, `contact-list-${localDay(new Date())}.pdf`);
    await expect(page.getByText(/^Contact list saved as contact-list-/)).toBeVisible();
    const list = squash(pdfText(listFile).stdout);
    for (const part of [
      'Client contact list',
      'Harbour Therapy',
      'Maya Lindqvist',
      'Tomasz Wiśniewski',
      '+48 22 555 0142',
      'tomasz@example.org',
      'Active',
      'Inactive',
    ]) {
      expect(list, part).toContain(squash(part));
    }
    expect(list).not.toContain(squash(WORDS.januaryPlan));
    expect(pdfInfo(listFile).Title).toBe('Contact list');

    // The audit trail shows what the custodian did as theirs.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Audit trail' }).click();
    await expect(page.getByText('Opened read-only by the records custodian')).toBeVisible();
    await expect(page.getByText(/By the records custodian/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /Export/ })).toHaveCount(0);
    await checkScreen(page, 'custodian-audit');

    await lock(page);
    expect(app.core.session.status()).toMatchObject({ state: 'locked', custodian: false });
    await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});
