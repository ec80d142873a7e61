import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import type { FolderPurpose } from '../../shared/files/files-contract';
import { checkScreen } from './calendar-screen-check';
import { callOk } from './calendar-seed';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, goTo, NEW_PASSPHRASE, passphraseField } from './flows';

/** Years of a practice: enough rows that the export and the import are still running when Cancel is pressed. */
const PRACTICE = { clients: 60, years: 6 };

test('Settings → Your data: Cancel stops an export, leaving nothing in the folder, and an import, leaving the open vault open; axe clean, light and dark, two sizes', async ({
  openApp,
}) => {
  const exportTo = makeTempDir();
  let importFrom = '';
  const app = await openApp({
    chooseFolder: async (purpose: FolderPurpose) => (purpose === 'vault-export' ? exportTo : importFrom),
  });
  const { page } = app;
  await createAndOpenVault(page);
  seedDemo(app.core.session.db(), { ...PRACTICE, seed: 'e2e-cancel', until: '2026-03-01' });
  await goTo(page, 'Settings');
  const section = page.getByRole('region', { name: 'Your data' });
  await section.scrollIntoViewIfNeeded();

  await section.getByRole('button', { name: 'Choose a folder and export…' }).click();
  const cancelExport = section.getByRole('button', { name: 'Cancel the export' });
  await expect(cancelExport).toBeVisible();
  await cancelExport.click();
  await expect(section.getByText('Export cancelled: nothing was left in')).toBeVisible();
  await expect(section.getByText(exportTo, { exact: true })).toBeVisible();
  expect(readdirSync(exportTo)).toEqual([]);
  const { entries } = await callOk(app, 'audit:list', { limit: 1 });
  expect(entries[0]).toMatchObject({ action: 'vault.export-cancelled' });
  await checkScreen(page, 'your-data-export-cancelled', section);

  // The export again, left to finish, to make a vault from.
  await section.getByRole('button', { name: 'Choose a folder and export…' }).click();
  await expect(section.getByText(/^Exported \d+ tables, [\d,]+ rows, into:/)).toBeVisible({
    timeout: 300_000,
  });
  const [folder] = readdirSync(exportTo);
  importFrom = join(exportTo, folder!);
  const vaultFiles = readdirSync(app.core.session.dir).sort();

  await section.getByRole('button', { name: 'Choose the export folder…' }).click();
  await passphraseField(page, 'Passphrase for the new vault').fill(NEW_PASSPHRASE);
  await passphraseField(page, 'Type the passphrase for the new vault again').fill(NEW_PASSPHRASE);
  await section.getByRole('button', { name: 'Make the new vault and open it' }).click();
  const cancelImport = section.getByRole('button', { name: 'Cancel the import' });
  await expect(cancelImport).toBeVisible();
  await section.screenshot({ path: join('test-results', 'screens', 'your-data-importing.png') });
  await cancelImport.click();
  await expect(
    section.getByText('Import cancelled: the new vault it had started was deleted.'),
  ).toBeVisible();
  await checkScreen(page, 'your-data-import-cancelled', section);

  // The vault that was open is open still, with nothing set aside and nothing half-built beside it.
  expect(app.core.session.status().state).toBe('unlocked');
  await app.core.session.settled();
  expect(readdirSync(app.core.session.dir).sort()).toEqual(vaultFiles);
  await goTo(page, 'Clients');
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  expect(app.errors).toEqual([]);
});
