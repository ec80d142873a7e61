import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FolderPurpose } from '../../shared/files/files-contract';
import { checkScreen } from './calendar-screen-check';
import { callOk, CLIENT_NAMES, seedClientsAndFees } from './calendar-seed';
import { expect, makeTempDir, test } from './fixtures';
import {
  confirmRecoveryKeySaved,
  createAndOpenVault,
  goTo,
  lock,
  NEW_PASSPHRASE,
  passphraseField,
  RECOVERY_KEY_FORMAT,
  unlock,
} from './flows';

test('Settings → Your data: an export into a chosen folder, checked on disk, then a new vault from it that opens in place of the old one; axe clean, light and dark, two sizes', async ({
  openApp,
}) => {
  const exportTo = makeTempDir();
  writeFileSync(join(exportTo, 'letter.txt'), 'already here');
  let importFrom = '';
  const app = await openApp({
    chooseFolder: async (purpose: FolderPurpose) => (purpose === 'vault-export' ? exportTo : importFrom),
  });
  const { page } = app;
  await createAndOpenVault(page);
  await seedClientsAndFees(app);
  await goTo(page, 'Settings');
  const section = page.getByRole('region', { name: 'Your data' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByText('The export is not encrypted.')).toBeVisible();
  await checkScreen(page, 'your-data', section);

  // The chosen folder already holds a file: the export asks before going there.
  await section.getByRole('button', { name: 'Choose a folder and export…' }).click();
  await expect(section.getByText(/^That folder is not empty: it holds 1 item\./)).toBeVisible();
  expect(readdirSync(exportTo)).toEqual(['letter.txt']);
  await checkScreen(page, 'your-data-confirm', section);
  await section.getByRole('button', { name: 'Export into this folder anyway' }).click();
  await expect(section.getByText(/^Exported \d+ tables, [\d,]+ rows, into:/)).toBeVisible();

  const [folder] = readdirSync(exportTo).filter((name) => name.startsWith('rapport-export-'));
  const exported = join(exportTo, folder!);
  expect(readdirSync(exported).sort()).toEqual([
    'audit-log.csv',
    'clients.csv',
    'rapport-export.json',
    'rapport-export.schema.json',
  ]);
  const document = JSON.parse(readFileSync(join(exported, 'rapport-export.json'), 'utf8'));
  expect(document.includesPsychotherapyNotes).toBe(false);
  expect(document.tables.process_notes).toBeUndefined();
  expect(document.tables.clients.rows.map((row: { chosen_name: string }) => row.chosen_name).sort()).toEqual(
    Object.values(CLIENT_NAMES).sort(),
  );
  expect(readFileSync(join(exportTo, 'letter.txt'), 'utf8')).toBe('already here');
  await checkScreen(page, 'your-data-exported', section);

  // Written after the export: it stays with the old vault, which is set aside.
  await callOk(app, 'clients:createEnquiry', { chosenName: 'Added after the export' });

  importFrom = exported;
  await section.getByRole('button', { name: 'Choose the export folder…' }).click();
  await expect(section.getByRole('paragraph').filter({ hasText: /^Export: / })).toHaveText(
    `Export: ${exported}`,
  );
  await passphraseField(page, 'Passphrase for the new vault').fill(NEW_PASSPHRASE);
  await passphraseField(page, 'Type the passphrase for the new vault again').fill(NEW_PASSPHRASE);
  await checkScreen(page, 'your-data-import', section);
  await section.getByRole('button', { name: 'Make the new vault and open it' }).click();

  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
  expect(await page.getByTestId('recovery-key').first().textContent()).toMatch(RECOVERY_KEY_FORMAT);
  await confirmRecoveryKeySaved(page);
  const notice = page.getByRole('region', { name: 'Your data' }).getByRole('status');
  await expect(notice).toContainText('This vault was made from your export');
  await expect(notice).toContainText('The vault you had open before is kept aside');
  expect(readdirSync(join(app.core.session.dir, 'set-aside'))).toHaveLength(1);

  await goTo(page, 'Clients');
  for (const name of Object.values(CLIENT_NAMES)) {
    await expect(page.getByRole('main').getByText(name, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByRole('main').getByText('Added after the export')).toHaveCount(0);

  // The new vault opens with the new passphrase.
  await lock(page);
  await unlock(page, NEW_PASSPHRASE);
  expect(app.errors).toEqual([]);
});
