import type { Page } from '@playwright/test';
import { shortFingerprint } from '../../shared/notes/short-fingerprint';
import { callMain, seedClient } from './clients-support';
import { checkScreen } from './calendar-screen-check';
import { expect, test } from './fixtures';
import { goTo, PASSPHRASE, passphraseField } from './flows';
import type { LaunchedApp } from './harness';
import { backupRows, openVaultQuietly, watchProgressBars } from './backup-support';
import { onlyNote, seedHistory } from './notes-support';

const CLIENT = 'Mariam Haddad';
const SIGNED_WORDS = 'Mariam described panic in crowded rooms since her father’s illness.';
const FORGED_WORDS = 'Mariam said she was never anxious.';

async function openIntegrity(page: Page): Promise<void> {
  await goTo(page, 'Home');
  await goTo(page, 'Settings');
  await page.getByRole('button', { name: 'Open the integrity check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Integrity' })).toBeFocused();
}

/** A signed note with a signed addendum, by a clinician the letterhead names. */
async function seedSignedNote(app: LaunchedApp): Promise<string> {
  await callMain(app, 'practice:update', { clinicianName: 'Dr Ana Ruiz', credentials: 'PsyD' });
  const clientId = await seedClient(app, { chosenName: CLIENT });
  await seedHistory(app, clientId, [
    {
      date: '2026-01-12',
      body: { data: SIGNED_WORDS, assessment: 'Motivated.', plan: 'Slow breathing daily.' },
      answers: ['observed'],
      feedback: [5, 4, 5, 5, 4, 5, 5],
      sign: true,
      addendum: 'She emailed the next day.',
    },
  ]);
  return clientId;
}

/**
 * The anchor file is brought up to the trail's newest entry on the session's timer: two rounds,
 * since the first may start the day's first backup, which records itself after the anchor moved.
 */
async function anchorTrail(app: LaunchedApp): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    await app.core.session.tick();
    await app.core.session.settled();
  }
}

/*
 * What someone holding the vault key could do with the SQLCipher library and no Rapport: remove
 * the guards, then rewrite a signed note, or rewrite one old audit entry and delete the newest ones.
 */

function forgeSignedNote(app: LaunchedApp, noteId: string): void {
  const db = app.core.session.db();
  db.exec('DROP TRIGGER notes_signed_frozen');
  db.prepare("UPDATE notes SET body = json_set(body, '$.data', ?) WHERE id = ?").run(FORGED_WORDS, noteId);
}

/** Returns the number of the rewritten entry. */
function rewriteAndCutTrail(app: LaunchedApp): number {
  const db = app.core.session.db();
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');
  const rewritten = db
    .prepare("SELECT id FROM audit_log WHERE action = 'client.created' ORDER BY id LIMIT 1")
    .pluck()
    .get() as number;
  db.prepare("UPDATE audit_log SET detail = 'nothing happened' WHERE id = ?").run(rewritten);
  db.exec('DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)');
  return rewritten;
}

function findingsOf(page: Page, group: string) {
  return page.getByRole('region', { name: new RegExp(`^${group}`) }).getByRole('listitem');
}

test('a note and an audit trail changed outside Rapport are found, named, linked and kept read-only', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await openVaultQuietly(app);
  const clientId = await seedSignedNote(app);
  const signed = await onlyNote(app, clientId);
  expect(signed.signedBy).toBe('Dr Ana Ruiz, PsyD');

  // Sound first: never checked since unlocking, then checked now, with a bar that names each step.
  await openIntegrity(page);
  await expect(page.getByText('Never checked since unlock')).toBeVisible();
  await expect(
    page.getByText('The audit trail records no check that found nothing wrong yet.'),
  ).toBeVisible();
  const progressSeen = await watchProgressBars(page);
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByText('Sound: nothing was changed outside Rapport')).toBeVisible();
  const seen = await progressSeen();
  // How many steps a frame catches depends on the machine (on a quiet one the check can end
  // between two frames), so no step is required: each one seen is named, and the bar only moves on.
  for (const state of seen) expect(state).toMatch(/^\d+:(Starting the check…|Step [1-8] of 8: \S)/);
  const values = seen.map((state) => Number(state.split(':')[0]));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await expect(page.getByRole('region', { name: 'What was checked' }).getByRole('listitem')).toHaveCount(8);
  await expect(page.getByText('Read only.')).toHaveCount(0);

  await anchorTrail(app);
  forgeSignedNote(app, signed.id);
  const rewritten = rewriteAndCutTrail(app);

  await openIntegrity(page);
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByText(/^Found \d+ changes made outside Rapport$/)).toBeVisible();

  const notes = findingsOf(page, 'Signed notes and addenda');
  await expect(notes).toHaveCount(1);
  await expect(notes).toContainText('This signed note was changed after it was signed');
  const trail = findingsOf(page, 'Audit trail \\d');
  await expect(trail).toContainText(`The audit trail is broken at entry ${rewritten}.`);
  await expect(findingsOf(page, 'Audit trail’s anchor')).toContainText(
    /the newest entries were removed|the trail was rewritten/,
  );
  const schema = findingsOf(page, 'Tables and their protections');
  await expect(schema.filter({ hasText: 'The trigger "notes_signed_frozen" has been removed.' })).toHaveCount(
    1,
  );
  await expect(schema.filter({ hasText: 'The trigger "audit_log_no_delete" has been removed.' })).toHaveCount(
    1,
  );
  const evidence = page.getByRole('region', { name: 'This vault is kept as it is' });
  await expect(evidence).toContainText('Restore the vault from a backup made before these changes.');
  await expect(evidence).toContainText('Keep this copy for the record.');
  expect((await callMain(app, 'integrity:status', {})).readOnly).toBe(true);

  await checkScreen(page, 'integrity-found');

  // The finding about the trail opens it at the entry it names.
  await trail.getByRole('link', { name: `Show entry ${rewritten} in the audit trail` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(
    page.getByText(new RegExp(`^Entry ${rewritten} first, then ${rewritten - 1} before it\\.`)),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    `The audit trail has been altered at entry ${rewritten}.`,
  );
  await expect(page.getByRole('region', { name: 'Read only' })).toBeVisible();

  // The finding about the note opens the note, which says it no longer matches what was signed.
  await openIntegrity(page);
  await notes.getByRole('link', { name: 'Open this note' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLIENT })).toBeVisible();
  const article = page.getByRole('article');
  await expect(article.getByText('Changed after signing')).toBeVisible();
  await expect(article.getByRole('alert').first()).toContainText(
    'This note was changed after it was signed. What it says now is not what was signed',
  );
  await expect(article).toContainText(FORGED_WORDS);
  await expect(article).toContainText(
    `by Dr Ana Ruiz, PsyD · Fingerprint ${shortFingerprint(signed.contentHash!)}`,
  );
  // The addendum was not touched: it shows who signed it, and no warning.
  const addendum = article.getByRole('region', { name: 'Addenda' }).getByRole('listitem');
  await expect(addendum).toContainText(
    `by Dr Ana Ruiz, PsyD · Fingerprint ${shortFingerprint(signed.addenda[0]!.contentHash)}`,
  );
  await expect(addendum.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Read only' })).toContainText('nothing you change is saved');
  await checkScreen(page, 'note-signature-changed');

  // Writing is refused, in words that say why.
  await page.getByRole('textbox', { name: 'Add an addendum' }).fill('A correction.');
  await page.getByRole('button', { name: 'Sign and add addendum' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'made outside Rapport' })).toContainText(
    'You can read the record, but nothing is changed or recorded in it until it is restored from a backup.',
  );
  expect((await onlyNote(app, clientId)).addenda).toHaveLength(1);

  // Search still finds the note by what was signed (its index was not rewritten), and marks it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: /Search notes/ }).fill('crowded rooms');
  const hit = page.getByRole('button', { name: /crowded/ });
  await expect(hit).toContainText('Changed after signing');
});

test('restoring a backup from the read-only notice brings back a vault that Rapport writes to again', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await openVaultQuietly(app);
  const clientId = await seedSignedNote(app);
  const signed = await onlyNote(app, clientId);
  await callMain(app, 'backup:run', {});
  await anchorTrail(app);
  forgeSignedNote(app, signed.id);

  await openIntegrity(page);
  await page.getByRole('button', { name: 'Check now' }).click();
  const evidence = page.getByRole('region', { name: 'This vault is kept as it is' });
  await evidence.getByRole('button', { name: 'Restore from a backup' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Read only' })).toBeVisible();

  await backupRows(page).first().getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await passphraseField(dialog as unknown as Page, 'Your passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup from' })).toBeVisible();
  // The check after unlocking the restored vault finds it sound: its anchor came with it.
  await app.core.session.settled();
  const status = await callMain(app, 'integrity:status', {});
  expect(status.readOnly).toBe(false);
  expect(status.last?.findings).toEqual([]);
  expect((await onlyNote(app, clientId)).signature).toEqual({ version: 2, intact: true });
  await expect(page.getByRole('region', { name: 'Read only' })).toHaveCount(0);
  await callMain(app, 'notes:addAddendum', { noteId: signed.id, body: 'Written after the restore.' });
  // The tampered vault is kept aside, whole: its anchor went with it.
  await expect(backupRows(page).filter({ hasText: 'Set aside by a restore' })).toHaveCount(1);
});
