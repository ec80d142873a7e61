import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { pdfInfo, pdfText, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import type { Locator } from '@playwright/test';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, goTo, PASSPHRASE } from './flows';
import { callOk } from './goals-support';

const PASSWORD = 'harbour lantern 42';

/** react-aria's checkbox hides its input under the drawn box: it is set from the keyboard, as a person would. */
async function setChecked(box: Locator, checked: boolean): Promise<void> {
  if ((await box.isChecked()) === checked) return;
  await box.focus();
  await box.page().keyboard.press('Space');
  await expect(box).toBeChecked({ checked });
}

test('name the records custodian in Settings and print the custodian package', async ({
  openApp,
  vaultDir,
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
    const recoveryKey = await createAndOpenVault(page);
    await callOk(app, 'practice:update', {
      clinicianName: 'Dr Ana Ríos',
      practiceName: 'Harbour Street Counselling',
    });
    await callOk(app, 'clients:createEnquiry', {
      chosenName: 'Mariam Haddad',
      phone: '07700 900123',
      email: 'mariam@example.net',
      note: 'Panic attacks on the train',
      startAs: 'active',
    });

    await goTo(page, 'Settings');
    const section = page.getByRole('region', { name: 'Records custodian' });
    const who = section.getByRole('form', { name: 'Records custodian' });
    await who.getByRole('textbox', { name: 'Custodian’s name' }).fill('Dr Lena Brandt');
    await who.getByRole('textbox', { name: 'Role or profession' }).fill('Clinical psychologist');
    await who.getByRole('textbox', { name: 'Phone' }).fill('+44 20 7946 0321');
    await who.getByRole('textbox', { name: 'Email' }).fill('lena.brandt@example.org');
    await who.getByRole('textbox', { name: 'Postal address' }).fill('14 Quay Road\nBristol BS1 4QA');
    await who
      .getByRole('textbox', { name: 'Instructions for the custodian' })
      .fill('The key to the filing cabinet is with my solicitor.');
    await setChecked(who.getByRole('checkbox', { name: /client contact list/ }), true);
    await expect(who).not.toContainText('opens every record without your passphrase');
    await setChecked(who.getByRole('checkbox', { name: 'The recovery key' }), true);
    await expect(who).toContainText('opens every record without your passphrase');
    await who.getByRole('button', { name: 'Save custodian' }).click();
    await expect(who.getByRole('status')).toContainText('Saved.');
    await checkScreen(page, 'settings-custodian', section);

    const pack = section.getByRole('form', { name: 'Custodian package' });
    await pack.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
    await pack.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
    await pack.getByRole('button', { name: 'Save package as PDF…' }).click();
    await expect(pack.getByText('Enter your passphrase.')).toBeVisible();
    await pack.getByRole('textbox', { name: 'Your passphrase' }).fill(PASSPHRASE);
    await pack.getByRole('button', { name: 'Save package as PDF…' }).click();
    await expect(pack.getByRole('status')).toContainText(
      /Package saved as custodian-package-\d{4}-\d{2}-\d{2}\.pdf/,
      {
        timeout: 60_000,
      },
    );
    expect(offered).toHaveLength(1);
    expect(offered[0]).toMatch(/^custodian-package-\d{4}-\d{2}-\d{2}\.pdf$/);

    const file = join(saveDir, offered[0]!);
    const { vaultId } = JSON.parse(readFileSync(join(vaultDir, 'rapport.key'), 'utf8')) as {
      vaultId: string;
    };
    const text = squash(pdfText(file, { password: PASSWORD }).stdout);
    for (const line of [
      'Records custodian package',
      'Dr Lena Brandt',
      'lena.brandt@example.org',
      'The key to the filing cabinet is with my solicitor.',
      vaultId,
      join(vaultDir, 'backups'),
      'Mariam Haddad',
      '07700 900123',
      'Current: Active',
      recoveryKey,
    ]) {
      expect(text, line).toContain(squash(line));
    }
    expect(text).not.toContain(squash('Panic attacks on the train'));
    const info = pdfInfo(file, PASSWORD);
    expect(info.Title).toBe('Records custodian package');
    expect(JSON.stringify(info)).not.toMatch(/Mariam|Brandt|Ríos/);

    // The package's own default leaves both secrets out.
    await setChecked(who.getByRole('checkbox', { name: /client contact list/ }), false);
    await setChecked(who.getByRole('checkbox', { name: 'The recovery key' }), false);
    await who.getByRole('button', { name: 'Save custodian' }).click();
    await expect(who.getByRole('status')).toContainText('Saved.');
    await expect(pack.getByRole('textbox', { name: 'Your passphrase' })).toHaveCount(0);
    await setChecked(pack.getByRole('checkbox', { name: /Protect the file/ }), false);
    await pack.getByRole('button', { name: 'Save package as PDF…' }).click();
    await expect(pack.getByRole('status')).toContainText('not password-protected', { timeout: 60_000 });
    const plain = squash(pdfText(join(saveDir, offered[1]!)).stdout);
    expect(plain).toContain(squash('Dr Lena Brandt'));
    expect(plain).toContain(squash('The recovery key is not in this package.'));
    expect(plain).not.toContain(squash(recoveryKey));
    expect(plain).not.toContain('Mariam');
  } finally {
    await printer.close();
  }
});
