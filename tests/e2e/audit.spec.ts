import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callMain, openClient } from './clients-support';
import { expect, makeTempDir, test } from './fixtures';
import { goTo } from './flows';
import { openVaultQuietly, seedClients } from './backup-support';
import { dayField, fillDay } from './day-fields';

function entryRows(page: Page) {
  return page
    .getByRole('grid', { name: 'Audit trail entries' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
}

async function openAuditTrail(page: Page): Promise<void> {
  await goTo(page, 'Home');
  await goTo(page, 'Settings');
  await page.getByRole('button', { name: 'Open the audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeFocused();
}

test('the audit trail lists what was done, filters it, shows the chain intact and exports it', async ({
  openApp,
}) => {
  const exportDir = makeTempDir();
  const app = await openApp({ chooseFolder: async () => exportDir });
  const { page } = app;
  await openVaultQuietly(app);
  await seedClients(app, ['Ada Lindqvist']);
  await openClient(page, 'Ada Lindqvist');
  const [ada] = await callMain(app, 'clients:list', { search: 'Ada', sort: 'name' });

  await goTo(page, 'Settings');
  const section = page.getByRole('region', { name: 'Audit trail status' });
  await expect(section.getByRole('status')).toContainText(/Intact: \d+ entries verified/);
  await openAuditTrail(page);
  await expect(page.getByRole('status').filter({ hasText: 'Intact:' })).toBeVisible();

  const rows = entryRows(page);
  await expect(rows.filter({ hasText: 'Vault created' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Client added' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Client record viewed' }).first()).toBeVisible();
  await expect(page.getByText(/\d+ entries, newest first\.$/)).toBeVisible();
  // Ids, never names: the client is named by a short id and opens from it.
  await expect(page.getByRole('grid', { name: 'Audit trail entries' })).not.toContainText('Ada');

  await page.getByRole('button', { name: /Kind of action/ }).click();
  await page.getByRole('option', { name: 'Client records viewed' }).click();
  await expect(rows.filter({ hasNotText: 'Client record viewed' })).toHaveCount(0);
  await expect(rows.first()).toContainText(`Client ${ada!.id.slice(0, 8)}`);

  const tomorrow = new Date(Date.now() + 86_400_000);
  const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
  await fillDay(dayField(page, 'From'), day);
  await expect(page.getByText('No entries match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows.filter({ hasText: 'Vault created' })).toHaveCount(1);

  await page.getByRole('button', { name: /Kind of record/ }).click();
  await page.getByRole('option', { name: 'Client', exact: true }).click();
  await expect(rows.filter({ hasText: 'Vault created' })).toHaveCount(0);
  await rows.filter({ hasText: 'Client added' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lindqvist' })).toBeVisible();

  await openAuditTrail(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const written = page.getByRole('status').filter({ hasText: 'Wrote all' });
  await expect(written).toContainText(exportDir);
  const [file] = readdirSync(exportDir);
  expect(file).toMatch(/^rapport-audit-log-.*\.csv$/);
  await expect(written).toContainText(file!);
  const lines = readFileSync(join(exportDir, file!), 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe('id,at,action,entity,entityId,detail,prevHash,hash,actor');
  const entries = Number(/Wrote all (\d+) entries/.exec((await written.textContent()) ?? '')?.[1]);
  expect(lines).toHaveLength(entries + 1);
  expect(lines.some((line) => line.includes(`client.viewed,client,${ada!.id}`))).toBe(true);
  expect(readFileSync(join(exportDir, file!), 'utf8')).not.toContain('Ada');
  // The export is itself recorded.
  await expect(entryRows(page).first()).toContainText('Audit trail exported');
});

test('thousands of entries page in as the table scrolls', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  await openVaultQuietly(app);
  await seedClients(app, ['Ada Lindqvist']);
  const [ada] = await callMain(app, 'clients:list', { search: '', sort: 'name' });
  for (let i = 0; i < 1200; i += 1) await callMain(app, 'clients:get', { id: ada!.id });

  await openAuditTrail(page);
  await expect(page.getByText('200 entries, newest first. Scroll down for older ones.')).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Audit trail entries' });
  // Only what is in view is in the page.
  expect(await entryRows(page).count()).toBeLessThan(60);
  await expect(page.getByRole('status').filter({ hasText: 'Intact:' })).toContainText(
    /1,2\d\d entries verified/,
  );

  for (let pages = 2; pages <= 3; pages += 1) {
    await grid.evaluate((element: { scrollTop: number; scrollHeight: number }) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(page.getByText(`${pages * 200} entries, newest first.`)).toBeVisible();
  }
});

test('a broken chain is an alarm that names the first entry that no longer holds', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  await openVaultQuietly(app);
  await seedClients(app, ['Ada Lindqvist', 'Bashir Rahimi']);
  // Someone with the key and SQLite at hand removes the guards and rewrites one entry.
  const db = app.core.session.db();
  db.exec('DROP TRIGGER audit_log_no_update');
  const target = db
    .prepare("SELECT id FROM audit_log WHERE action = 'client.created' ORDER BY id LIMIT 1")
    .pluck()
    .get() as number;
  db.prepare("UPDATE audit_log SET entity_id = 'someone-else' WHERE id = ?").run(target);

  await openAuditTrail(page);
  const alarm = page.getByRole('alert');
  await expect(alarm).toContainText(`The audit trail has been altered at entry ${target}.`);
  await expect(alarm).toContainText('This entry was changed after it was written.');
  await expect(page.getByText('Intact:')).toHaveCount(0);
});
