import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedClient } from './clients-support';
import { checkScreen } from './calendar-screen-check';
import { expect, makeTempDir, test } from './fixtures';
import { goTo, PASSPHRASE, passphraseField } from './flows';
import {
  ageBackup,
  backupFolders,
  backupRows,
  openBackups,
  openVaultQuietly,
  scheduledRoundBefore,
  seedClients,
  watchProgressBars,
} from './backup-support';
import { holdAnswers } from './hold-answers';
import { makeMismatchedVault } from './vault-problem-fixture';
import { dayField, fillDay } from './day-fields';

const NAMES = ['Ada Lindqvist', 'Bashir Rahimi', 'Chiara Moretti', 'فاطمة الزهراء'];

/** The Backups section of Settings, scrolled to the top of the window as the clinician would see it. */
async function backupsPart(page: Page) {
  const section = page.getByRole('region', { name: 'Backups', exact: true });
  await section.evaluate((element: { scrollIntoView(o: object): void }) =>
    element.scrollIntoView({ block: 'start' }),
  );
  return section;
}

/**
 * For a screen with a spinner that never stops (checkScreen waits for animations to end): axe in
 * both themes, then the same screenshots with animations frozen.
 */
async function checkBusyScreen(page: Page, screen: string): Promise<void> {
  const dir = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');
  mkdirSync(dir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).exclude('[data-live-announcer]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => v.id),
      `${screen} (${colorScheme})`,
    ).toEqual([]);
  }
  for (const { name, width, height } of [
    { name: 'normal', width: 1280, height: 800 },
    { name: 'narrow', width: 900, height: 640 },
  ]) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: join(dir, `${screen}-${name}-${colorScheme}.png`),
        animations: 'disabled',
      });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A shot of a part scrolls the whole document to it; the app itself never scrolls there. */
async function scrollHome(page: Page): Promise<void> {
  await page.evaluate(() =>
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
  );
}

test('backups, restore and the audit trail: accessible and calm in light and dark, wide and narrow', async ({
  openApp,
  vaultDir,
  otherVaultDir,
}) => {
  const second = makeTempDir();
  const app = await openApp({ chooseFolder: async () => second });
  const { page } = app;
  await openVaultQuietly(app);

  // No backup yet: the calm warning.
  await openBackups(page);
  await expect(page.getByText('There is no backup yet.')).toBeVisible();
  await checkScreen(page, 'backups-none', await backupsPart(page));

  // "Back up now" while the schedule is making the daily backup: that backup's progress and result.
  await seedClients(app, NAMES.slice(0, 2));
  const scheduled = scheduledRoundBefore(app, 'backup:run');
  const seen = await watchProgressBars(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backed up and checked.' })).toContainText(
    'This backup holds 2 clients',
  );
  await scheduled();
  expect(await seen()).toContainEqual(expect.stringContaining('Writing and checking the backup'));
  await expect(backupRows(page)).toHaveCount(1);
  await expect(backupRows(page).first()).toContainText('Daily backup');

  // A history: an old backup, a second folder, then "Back up now".
  ageBackup(backupFolders(vaultDir)[0]!, 9);
  for (const name of NAMES.slice(2)) await seedClient(app, { chosenName: name });
  await openBackups(page);
  await expect(page.getByText('Your last backup is more than 3 days old.')).toBeVisible();
  await checkScreen(page, 'backups-stale', await backupsPart(page));
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('A copy is in your second folder too.')).toBeVisible();
  await checkScreen(page, 'backups-done', await backupsPart(page));

  await backupRows(page).first().getByRole('button', { name: 'See contents' }).click();
  await expect(page.getByRole('dialog', { name: 'What this backup holds' })).toBeVisible();
  await scrollHome(page);
  await checkScreen(page, 'backup-contents');
  await page.getByRole('button', { name: 'Close' }).click();

  // The second folder becomes unusable: the next backup is made, its copy fails, and Settings says so.
  rmSync(second, { recursive: true, force: true });
  writeFileSync(second, 'not a folder');
  await seedClient(app, { chosenName: 'Dong-hyun Park' });
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Something went wrong with the backup at')).toBeVisible();
  await checkScreen(page, 'backups-copy-failed', await backupsPart(page));

  // Restore: the dialog, the restoring screen while the main side works, and the result.
  const older = backupRows(page).filter({ hasText: '9 days ago' });
  await older.getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await passphraseField(dialog as unknown as Page, 'Your passphrase').fill(`${PASSPHRASE}!`);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog.getByText(/That passphrase/)).toBeVisible();
  await scrollHome(page);
  await checkScreen(page, 'restore-dialog');
  const release = holdAnswers(app, 'backup:restore');
  await passphraseField(dialog as unknown as Page, 'Your passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { name: 'Restoring your vault' })).toBeVisible();
  await checkBusyScreen(page, 'restoring');
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup from' })).toBeVisible();
  await checkScreen(page, 'backups-restored', await backupsPart(page));

  // The audit trail: in Settings, the page, a filter with nothing to show.
  await goTo(page, 'Home');
  await goTo(page, 'Settings');
  const audit = page.getByRole('region', { name: 'Audit trail', exact: true });
  await expect(audit.getByText('Intact:')).toBeVisible();
  await checkScreen(page, 'audit-settings', audit);
  await audit.getByRole('button', { name: 'Open the audit trail' }).click();
  await expect(page.getByText(/entries, newest first/)).toBeVisible();
  await scrollHome(page);
  await checkScreen(page, 'audit');
  await fillDay(dayField(page, 'From'), '2099-01-01');
  await expect(page.getByText('No entries match these filters.')).toBeVisible();
  await checkScreen(page, 'audit-empty');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Locked: the unlock screen offers a restore; the restore screen lists what is beside the vault.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Restore from a backup…' })).toBeVisible();
  await scrollHome(page);
  await checkScreen(page, 'unlock-with-restore');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Show what each backup holds' }).click();
  await expect(page.getByRole('radio', { name: /holds 5 clients/ }).first()).toBeVisible();
  await checkScreen(page, 'restore-locked');

  // A new computer: nothing yet but a folder to choose.
  const carried = backupFolders(vaultDir)[0]!;
  const fresh = await openApp({ vaultDir: otherVaultDir, chooseFolder: async () => carried });
  await fresh.page
    .getByRole('button', { name: 'Moving from another computer? Restore from a backup…' })
    .click();
  await fresh.page.getByRole('button', { name: 'Choose a backup folder…' }).click();
  await fresh.page.getByRole('button', { name: 'Forgot the passphrase? Use your recovery key' }).click();
  await expect(fresh.page.getByLabel('Recovery key')).toBeVisible();
  await expect(fresh.page.getByText(/^Made /)).toBeVisible();
  await checkScreen(fresh.page, 'restore-new-computer');

  // A damaged vault: the problem screen leads to the restore.
  const damagedDir = join(makeTempDir(), 'vault');
  await makeMismatchedVault(damagedDir);
  const damaged = await openApp({ vaultDir: damagedDir });
  await expect(damaged.page.getByRole('button', { name: 'Restore from a backup…' })).toBeVisible();
  await checkScreen(damaged.page, 'problem-with-restore');

  // A tampered trail: the alarm.
  const tamperedDir = join(makeTempDir(), 'vault');
  const tampered = await openApp({ vaultDir: tamperedDir });
  await openVaultQuietly(tampered);
  const db = tampered.core.session.db();
  db.exec('DROP TRIGGER audit_log_no_update');
  db.prepare("UPDATE audit_log SET detail = 'rewritten' WHERE id = 1").run();
  await goTo(tampered.page, 'Settings');
  await tampered.page.getByRole('button', { name: 'Open the audit trail' }).click();
  await expect(tampered.page.getByRole('alert')).toContainText('altered at entry 1');
  await checkScreen(tampered.page, 'audit-broken');
});
