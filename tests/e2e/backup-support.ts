/**
 * Shared steps for the backup, restore and audit trail end-to-end tests: an open vault made through
 * the real router (the flows under test are clicked; what surrounds them is seeded), backups made or
 * aged on disk, and keyboard-only movement.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { callMain } from './clients-support';
import { goTo, PASSPHRASE } from './flows';
import type { LaunchedApp } from './harness';

/** Creates the vault through the router, marks the recovery key saved, and reloads into the open app. */
export async function openVaultQuietly(app: LaunchedApp): Promise<void> {
  await callMain(app, 'vault:create', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
  await callMain(app, 'vault:confirmRecoverySaved', {});
  await app.page.reload();
  await expect(app.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function seedClients(app: LaunchedApp, names: readonly string[]): Promise<void> {
  for (const chosenName of names) await callMain(app, 'clients:createEnquiry', { chosenName });
}

/** Opens Settings afresh (so it reads the main side again) and waits for the Backups section. */
export async function openBackups(page: Page): Promise<void> {
  await goTo(page, 'Home');
  await goTo(page, 'Settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeVisible();
}

/** The rows of the backup list, newest first. */
export function backupRows(page: Page): Locator {
  return page.getByRole('list', { name: 'Your backups' }).getByRole('listitem');
}

/** The vault's own backup folders on disk, newest first. */
export function backupFolders(vaultDir: string): string[] {
  return readdirSync(join(vaultDir, 'backups'))
    .filter((name) => name.startsWith('rapport-backup-'))
    .sort()
    .reverse()
    .map((name) => join(vaultDir, 'backups', name));
}

/** Makes a backup look `days` old, as if the clinician had not backed up since: its manifest says when. */
export function ageBackup(folder: string, days: number): void {
  const file = join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { createdAt: string };
  manifest.createdAt = new Date(Date.now() - days * 86_400_000).toISOString();
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

/**
 * Starts the schedule's round (the daily backup, while none was made today) as the main side
 * receives `channel`, so that what the channel does meets a backup already under way. The returned
 * function puts the router back and waits for that round.
 */
export function scheduledRoundBefore(app: LaunchedApp, channel: string): () => Promise<void> {
  const invoke = app.core.router.invoke;
  let round: Promise<void> | null = null;
  app.core.router.invoke = (name: unknown, payload: unknown) => {
    if (name === channel) round ??= app.core.session.tick();
    return invoke(name, payload);
  };
  return async () => {
    app.core.router.invoke = invoke;
    if (!round) throw new Error(`${channel} never reached the main side`);
    await round;
  };
}

/** Records every state a progress bar shows, from before a click until read: a fast backup passes in a blink. */
export async function watchProgressBars(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const g = globalThis as unknown as {
      __progressSeen: string[];
      document: {
        querySelectorAll(s: string): { getAttribute(n: string): string | null }[];
        body: object;
      };
      MutationObserver: new (cb: () => void) => { observe(t: object, o: object): void };
    };
    g.__progressSeen = [];
    const record = () => {
      for (const bar of g.document.querySelectorAll('[role="progressbar"]')) {
        const seen = `${bar.getAttribute('aria-valuenow')}:${bar.getAttribute('aria-valuetext')}`;
        if (g.__progressSeen.at(-1) !== seen) g.__progressSeen.push(seen);
      }
    };
    new g.MutationObserver(record).observe(g.document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (globalThis as unknown as { __progressSeen: string[] }).__progressSeen);
}

type FocusProbe = { ownerDocument: { activeElement: unknown } };

/** Presses Tab (and only Tab) until `target` has focus. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let press = 0; press <= maxPresses; press += 1) {
    if (await target.evaluate((element: FocusProbe) => element === element.ownerDocument.activeElement))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${maxPresses} presses of Tab never reached ${target.toString()}`);
}
