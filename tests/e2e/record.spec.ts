import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { formatDate, formatShortDate, localDay } from '../../shared/dates/format-date';
import { pdfText, squash } from '../unit/support/pdf-tools';
import { DAYS, seedRecordClient, WORDS } from '../unit/support/record-fixture';
import { checkScreen } from './calendar-screen-check';
import { callOk } from './calendar-seed';
import { dayField, fillDay } from './day-fields';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, goTo } from './flows';

const FOR = { recipient: 'Dr Jonas Berg, Northside Clinic', purpose: 'Records request from the client' };

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

function positions(text: string, parts: readonly string[]): number[] {
  return parts.map((part) => text.indexOf(squash(part)));
}

test('a records request for three months: cover, notes in order, an addendum under its note, no psychotherapy note until one is chosen', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const offered: string[] = [];
  const app = await openApp({
    summaryExport: {
      printer,
      choosePath: async (suggested) => {
        offered.push(suggested);
        return join(saveDir, suggested);
      },
    },
  });
  try {
    const { page } = app;
    await createAndOpenVault(page);
    await callOk(app, 'practice:update', {
      ...(await callOk(app, 'practice:get', {})),
      practiceName: 'Harbour Therapy',
      clinicianName: 'Dr Ana Ruiz',
      credentials: 'PsyD',
    });
    const call = <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> =>
      callOk(app, channel, input);
    await seedRecordClient(call);

    await goTo(page, 'Clients');
    await page.getByText('Maya Lindqvist').click();
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('button', { name: 'Print record…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print the record' });
    await expect(dialog.getByRole('radio', { name: 'A period' })).toBeChecked();
    await fillDay(dayField(dialog, 'From'), '2026-01-01');
    await fillDay(dayField(dialog, 'To'), '2026-03-31');
    await expect(dialog.getByText('2 notes will be printed.')).toBeVisible();
    await tick(dialog.getByRole('checkbox', { name: 'Include unsigned notes, each marked DRAFT' }));
    await expect(dialog.getByText('3 notes will be printed, 1 of them a draft.')).toBeVisible();
    await expect(dialog.getByText(/under HIPAA, for example, they are excluded/)).toBeVisible();
    const processChoices = dialog.getByRole('checkbox', { name: /^Include the psychotherapy note of/ });
    await expect(processChoices).toHaveCount(2);
    for (const choice of await processChoices.all()) await expect(choice).not.toBeChecked();

    await dialog.getByRole('button', { name: 'Save record as PDF…' }).click();
    await expect(dialog.getByText('Say whom it is for.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Prepared for' }).fill(FOR.recipient);
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill(FOR.purpose);
    await tick(dialog.getByRole('checkbox', { name: /Protect the file with a password/ }));
    await checkScreen(page, 'record-dialog');
    await dialog.getByRole('button', { name: 'Save record as PDF…' }).click();
    await saved(dialog);
    const fileName = `record-${localDay(new Date())}.pdf`;
    await expect(
      page.getByText(new RegExp(`^Record saved as ${fileName} \\(\\d+ pages, not password-protected\\)\\.$`)),
    ).toBeVisible();
    expect(offered).toEqual([fileName]);

    const file = join(saveDir, fileName);
    const pages = pdfText(file).stdout.split('\f');
    const cover = squash(pages[0]!);
    for (const part of [
      'Maya Lindqvist',
      `3 progress notes, ${formatDate('2026-01-01')} to ${formatDate('2026-03-31')}`,
      '1 unsigned note is included, each marked DRAFT.',
      'Psychotherapy notes None included.',
      FOR.recipient,
      FOR.purpose,
      'Dr Ana Ruiz, PsyD',
    ]) {
      expect(cover, part).toContain(squash(part));
    }
    const all = squash(pages.join(''));
    const at = positions(all, [
      `Session of ${formatDate(DAYS.january)}`,
      WORDS.januaryPlan,
      'Addendum 1',
      WORDS.firstAddendum,
      'Addendum 2',
      WORDS.secondAddendum,
      `Session of ${formatDate(DAYS.february)}`,
      WORDS.februaryResponse,
      `Session of ${formatDate(DAYS.march)}`,
      'DRAFT: not signed.',
      WORDS.draftData,
    ]);
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(all).not.toContain(squash(WORDS.outsideData));
    expect(all).not.toContain(squash(WORDS.processJanuary));
    expect(all).not.toContain(squash(WORDS.processFebruary));

    // One note, from the note itself, with its psychotherapy note chosen.
    await page.getByRole('button', { name: new RegExp(`^${formatShortDate(DAYS.january)}`) }).click();
    await page.getByRole('button', { name: 'Print this note' }).click();
    const one = page.getByRole('dialog', { name: 'Print this note' });
    await expect(one.getByRole('radio', { name: 'This note' })).toBeChecked();
    await expect(one.getByText('1 note will be printed.')).toBeVisible();
    await tick(
      one.getByRole('checkbox', { name: `Include the psychotherapy note of ${formatDate(DAYS.january)}` }),
    );
    await one.getByRole('textbox', { name: 'Prepared for' }).fill(FOR.recipient);
    await one
      .getByRole('textbox', { name: 'Purpose' })
      .fill('Transfer of care, with the client’s authorisation');
    await tick(one.getByRole('checkbox', { name: /Protect the file with a password/ }));
    await one.getByRole('button', { name: 'Save record as PDF…' }).click();
    await saved(one);
    const single = squash(pdfText(file).stdout);
    expect(single).toContain(squash(`One progress note, of ${formatDate(DAYS.january)}`));
    expect(single).toContain(squash(WORDS.processJanuary));
    expect(single).not.toContain(squash(WORDS.processFebruary));
    expect(single).not.toContain(squash(WORDS.februaryResponse));
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});
