import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callMain } from './clients-support';
import { expect, makeTempDir, test } from './fixtures';
import {
  ageBackup,
  backupFolders,
  backupRows,
  openBackups,
  openVaultQuietly,
  seedClients,
  watchProgressBars,
} from './backup-support';

test('Back up now shows its progress, then the new backup and what it holds', async ({
  openApp,
  vaultDir,
}) => {
  const app = await openApp();
  const { page } = app;
  await openVaultQuietly(app);
  await seedClients(app, ['Ada Lindqvist', 'Bashir Rahimi']);
  await openBackups(page);

  await expect(page.getByText('No backup of this vault yet')).toBeVisible();
  await expect(page.getByText('There is no backup yet. Back up now;')).toBeVisible();
  await expect(page.getByText('No backups yet.')).toBeVisible();

  const seen = await watchProgressBars(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  const finished = page.getByRole('status').filter({ hasText: 'Backed up and checked.' });
  await expect(finished).toContainText('This backup holds 2 clients, 0 session notes and 0 appointments');
  // The bar was there, moving through the stages, each with words for a screen reader. Which
  // stages are drawn depends on the machine: on a busy one React drew "Starting" and then
  // "Tidying away", the writing stage having come and gone between two frames.
  const states = await seen();
  expect(states.length, states.join(' | ')).toBeGreaterThan(0);
  expect(
    states.every((state) => /^\d+:\S/.test(state)),
    states.join(' | '),
  ).toBe(true);
  expect(
    states.some((state) => !state.startsWith('0:')),
    states.join(' | '),
  ).toBe(true);
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  await expect(page.getByText('Last good backup: just now')).toBeVisible();
  await expect(page.getByText('There is no backup yet.')).toHaveCount(0);
  const rows = backupRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('You chose “Back up now”');
  await expect(rows.first()).toContainText('Vault folder');
  await expect(rows.first()).toContainText('Holds 2 clients, 0 session notes and 0 appointments');
  expect(backupFolders(vaultDir)).toHaveLength(1);

  await rows.first().getByRole('button', { name: 'See contents' }).click();
  const dialog = page.getByRole('dialog', { name: 'What this backup holds' });
  await expect(dialog.getByRole('listitem').filter({ hasText: /^2 clients$/ })).toBeVisible();
  await expect(dialog.getByText('audit trail entries')).toBeVisible();
  await expect(dialog).not.toContainText('client_changes');
  await expect(dialog).not.toContainText('audit_log');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // The Home card reads the same status.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  await expect(page.getByText(/Last good backup .*ago|Last good backup in/)).toBeVisible();
});

test('an old last backup brings a calm warning; a fresh one clears it', async ({ openApp, vaultDir }) => {
  const app = await openApp();
  const { page } = app;
  await openVaultQuietly(app);
  await callMain(app, 'backup:run', {});
  ageBackup(backupFolders(vaultDir)[0]!, 5);

  await openBackups(page);
  await expect(page.getByText('Last good backup: 5 days ago')).toBeVisible();
  const warning = page.getByText('Your last backup is more than 3 days old.');
  await expect(warning).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backed up and checked.')).toBeVisible();
  await expect(warning).toHaveCount(0);
  await expect(page.getByText('Last good backup: just now')).toBeVisible();
  await expect(backupRows(page)).toHaveCount(2);
});

test('a second folder gets an encrypted copy of each backup, and can be changed and dropped', async ({
  openApp,
  vaultDir,
}) => {
  const second = makeTempDir();
  const app = await openApp({ chooseFolder: async () => second });
  const { page } = app;
  await openVaultQuietly(app);
  const name = 'Zephyrine Quillfeather';
  await seedClients(app, [name]);
  await openBackups(page);

  await expect(page.getByText('No second folder is set')).toBeVisible();
  await expect(page.getByText('only ever sees unreadable data')).toBeVisible();
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(page.getByText('From the next backup on, a copy goes to this folder too.')).toBeVisible();
  await expect(page.getByText(`Copies go to ${second}`)).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('A copy is in your second folder too.')).toBeVisible();
  await expect(backupRows(page)).toHaveCount(2);
  await expect(backupRows(page).filter({ hasText: 'Second folder' })).toHaveCount(1);

  const root = join(second, 'Rapport backups');
  const [vaultId] = readdirSync(root);
  const [copy] = readdirSync(join(root, vaultId!));
  const database = join(root, vaultId!, copy!, 'rapport.db');
  expect(existsSync(database)).toBe(true);
  const bytes = readFileSync(database);
  expect(bytes.length).toBeGreaterThan(4096);
  for (const encoding of ['utf8', 'utf16le'] as const) {
    expect(bytes.indexOf(Buffer.from(name, encoding)), `${name} in ${encoding}`).toBe(-1);
    expect(bytes.indexOf(Buffer.from('Quillfeather', encoding))).toBe(-1);
  }
  expect(bytes.subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
  expect(readFileSync(join(backupFolders(vaultDir)[0]!, 'rapport.db')).equals(bytes)).toBe(true);

  await page.getByRole('button', { name: 'Stop using this folder' }).click();
  await expect(page.getByText('Backups are no longer copied there.')).toBeVisible();
  await expect(page.getByText('No second folder is set')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Choose a folder…' })).toBeVisible();
  expect(existsSync(database), 'the copies already there are left alone').toBe(true);
});

test('a cancelled folder choice changes nothing', async ({ openApp }) => {
  const app = await openApp({ chooseFolder: async () => null });
  const { page } = app;
  await openVaultQuietly(app);
  await openBackups(page);
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(page.getByRole('button', { name: 'Choose a folder…' })).toBeEnabled();
  await expect(page.getByText('No second folder is set')).toBeVisible();
  expect((await callMain(app, 'backup:status', {})).secondFolder).toBeNull();
});
