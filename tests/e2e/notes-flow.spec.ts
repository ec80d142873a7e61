import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { unlock } from './flows';
import { callOk, openClientTab } from './goals-support';
import {
  choice,
  CLIENT,
  expectSaved,
  GOAL_WORDS,
  onlyNote,
  openNotes,
  section,
  vaultWithClient,
} from './notes-support';
import { dayField, fillClock, fillDay } from './day-fields';

const GOAL_TEXT = 'We talked about the wedding in June and the lighthouse walk she used as practice.';
const JAPANESE = '妹との約束を守りたい';
const RESPONSE_TEXT = `She said: ${JAPANESE}. Calmer by the end.`;
const TAIL = ' Plan to call her sister.';
const ADDENDUM = 'Correction: the walk was to the harbour, not the lighthouse. परिवार joined later.';

/** Crashes the renderer the way a killed app would: no unload, no last save, nothing graceful. */
async function crashRenderer(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // The command never answers: the page it would answer from is gone.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

test('a GIRP note survives a crash, is signed and locked, takes an addendum, is found and moves the alliance', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const clientId = await vaultWithClient(app);
  await openNotes(page);

  // Start a note with the shortcut: it opens at once with the cursor in the note.
  await expect(page.getByRole('button', { name: 'New note' })).toHaveAccessibleDescription('Ctrl+N');
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: /^Session on/, level: 2 })).toBeVisible();
  await expect(section(page, 'Subjective')).toBeFocused();

  await fillDay(dayField(page, 'Session date'), '2026-03-02');
  await fillClock(dayField(page, 'Start'), '10:00');
  await fillClock(dayField(page, 'End'), '10:50');
  await choice(page, 'Format', /^GIRP/).click();
  await expect(section(page, 'Goal')).toBeVisible();
  await section(page, 'Goal').fill(GOAL_TEXT);

  // GIRP links the goal worked on and records where the client is on its ladder.
  await tick(page, GOAL_WORDS);
  await page.getByLabel('What you worked on').fill('Rehearsed arriving and staying for the ceremony.');
  await choice(page, 'Where the client is now (GAS)', /^−1 /).click();

  // The relationship checklist, the client's feedback, and a rupture with its repair.
  await choice(page, 'The client shared openly, including something difficult', 'Observed').click();
  await choice(page, 'I listened actively and reflected back accurately', 'Observed').click();
  await choice(page, 'Confidentiality and its limits were honoured', 'Partly').click();
  await choice(page, 'I felt listened to and understood.', 'Mostly true').click();
  await choice(page, 'My background, beliefs and way of life were respected.', 'Completely true').click();
  await page.getByRole('button', { name: /^Rupture and repair/ }).click();
  await page.getByRole('button', { name: 'Record a rupture' }).click();
  await choice(page, 'Rupture 1: kind', 'Withdrawal').click();
  await tick(page, 'Short, minimal answers');
  await choice(page, 'Rupture 1: who raised it', 'Me').click();
  await tick(page, 'Talked about the strain together');
  await page
    .getByLabel('Rupture 1: what happened and what helped')
    .fill('Named the quiet between us and asked how the pace felt.');
  await choice(page, 'Rupture 1: outcome', 'Resolved').click();

  // Ctrl+S confirms an immediate save.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeAttached();
  await expectSaved(page);
  let stored = await onlyNote(app, clientId);
  expect(stored.format).toBe('GIRP');
  expect(stored.body.goal).toBe(GOAL_TEXT);
  expect(stored.goalWork).toEqual([
    expect.objectContaining({ level: -1, note: 'Rehearsed arriving and staying for the ceremony.' }),
  ]);
  expect(stored.checklist.filter((c) => c.answer !== null).map((c) => c.answer)).toEqual([
    'observed',
    'observed',
    'partly',
  ]);
  expect(stored.feedback).toMatchObject({ form: 2, answers: { understood: 4, respected: 5 } });
  expect(stored.ruptures).toEqual([
    expect.objectContaining({
      kind: 'withdrawal',
      markers: ['minimal'],
      raisedBy: 'clinician',
      repairs: ['explore'],
      outcome: 'resolved',
    }),
  ]);

  // Type, keep typing, and kill the app mid-sentence: a save reaches the vault while typing goes on,
  // and all it held is there after the crash. When saves start is the autosaver's unit test, by its clock.
  await section(page, 'Response').click();
  await page.keyboard.type(RESPONSE_TEXT);
  let typed = RESPONSE_TEXT;
  let saved = '';
  for (let i = 0; saved.length <= RESPONSE_TEXT.length || saved === typed; i += 1) {
    if (i === 2_000) throw new Error('2,000 keystrokes and no save reached the vault while typing went on');
    const char = TAIL[i % TAIL.length]!;
    await page.keyboard.type(char);
    typed += char;
    saved = (await onlyNote(app, clientId)).body.response ?? '';
  }
  await crashRenderer(page);
  app.core.session.lock('quit');

  const again = await openApp();
  const next = again.page;
  await unlock(next);
  await openNotes(next);
  await next.getByRole('list', { name: 'Notes by session date' }).getByRole('button').first().click();
  await expect(section(next, 'Response')).toHaveValue(new RegExp(`^${escape(saved)}`));
  await expect(section(next, 'Goal')).toHaveValue(GOAL_TEXT);
  stored = await onlyNote(again, clientId);
  expect(stored.body.response?.startsWith(saved)).toBe(true);
  expect(typed.startsWith(stored.body.response!)).toBe(true);

  // Sign with the shortcut: the dialog says what signing does, and the note is then read-only.
  await section(next, 'Plan').fill('Next week: the rehearsal dinner.');
  await next.keyboard.press('Control+Enter');
  const dialog = next.getByRole('dialog', { name: 'Sign and lock this note?' });
  await expect(dialog).toContainText('it can no longer be edited');
  await expect(dialog).toContainText('GAS rating in this note will join the goals’ progress');
  await dialog.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(dialog).toBeHidden();
  await expect(next.getByRole('heading', { level: 2, name: 'Session on 2 March 2026' })).toBeFocused();
  await expect(next.getByText('Locked: corrections go in an addendum below.')).toBeVisible();
  // A first session signed: the client, still an enquiry, is offered the next status (never moved silently).
  const suggestion = next.getByRole('status').filter({ hasText: 'A first session is signed (2 March 2026)' });
  await expect(suggestion).toContainText('is still an enquiry');
  await suggestion.getByRole('button', { name: 'Not now' }).click();
  await expect(suggestion).toHaveCount(0);
  expect((await callOk(again, 'clients:get', { id: clientId })).status).toBe('enquiry');
  for (const title of ['Goal', 'Intervention', 'Response', 'Plan', 'Attendees']) {
    await expect(next.getByRole('textbox', { name: title, exact: true })).toHaveCount(0);
  }
  await expect(dayField(next, 'Session date')).toHaveCount(0);
  await expect(next.getByRole('button', { name: 'Sign note' })).toHaveCount(0);
  await expect(next.getByText('Next week: the rehearsal dinner.')).toBeVisible();
  const signed = await onlyNote(again, clientId);
  expect(signed.signedAt).not.toBeNull();
  expect(signed.body.plan).toBe('Next week: the rehearsal dinner.');
  // The GAS level recorded in the note joined the goal's progress.
  const plan = await callOk(again, 'goals:get', { clientId });
  expect(plan.ratings).toEqual([
    expect.objectContaining({ level: -1, rater: 'clinician', noteId: signed.id }),
  ]);

  // The main side refuses to change it, whatever the UI does.
  const refused = await again.core.router.invoke('notes:save', {
    id: signed.id,
    baseUpdatedAt: signed.updatedAt,
    content: {
      sessionDate: signed.sessionDate,
      modality: signed.modality,
      format: signed.format,
      body: { ...signed.body, plan: 'Changed after signing' },
    },
  });
  expect(refused.ok ? 'saved' : refused.error.code).toBe('CONFLICT');

  // An addendum, signed and dated, under the original.
  await next.getByLabel('Add an addendum').fill(ADDENDUM);
  await next.getByRole('button', { name: 'Sign and add addendum' }).click();
  const addenda = next.getByRole('region', { name: 'Addenda' });
  await expect(addenda.getByRole('listitem')).toHaveCount(1);
  await expect(addenda.getByRole('listitem')).toContainText(ADDENDUM);
  await expect(addenda.getByRole('listitem')).toContainText(/^Signed /);
  await expect(next.getByLabel('Add an addendum')).toHaveValue('');

  // Search from anywhere with Ctrl+F, in Latin script and in others, with the words marked.
  await next.keyboard.press('Control+f');
  await expect(next.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  const field = next.getByRole('searchbox', { name: /Search notes/ });
  await expect(field).toBeFocused();
  await next.keyboard.type('harbour');
  const group = next.getByRole('region', { name: CLIENT });
  await expect(group.getByRole('button')).toHaveCount(1);
  await expect(group.locator('mark')).toHaveText(['harbour']);
  await field.fill('約束');
  await expect(group.locator('mark')).toHaveText(['約束']);
  await field.fill('परिवार');
  await expect(group.locator('mark')).toHaveText(['परिवार']);
  await field.fill('lighthou');
  await expect(group.locator('mark').first()).toHaveText(/^lighthouse$/i);
  await expect(next.getByRole('status').filter({ hasText: '1 note for 1 client.' })).toBeVisible();
  await group.getByRole('button').click();
  await expect(next.getByRole('heading', { level: 2, name: 'Session on 2 March 2026' })).toBeVisible();
  await expect(next.getByRole('tab', { name: 'Notes', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // The alliance chart on the overview moves with a second note: here a worse session.
  await openClientTab(next, CLIENT, 'Overview');
  const chart = next.getByRole('figure', { name: 'Working alliance by session' });
  await expect(chart.locator('figcaption')).toContainText('1 session on 2 Mar 2026');
  await openClientTab(next, CLIENT, 'Notes');
  await next.keyboard.press('Control+n');
  await expect(section(next, 'Goal')).toBeFocused();
  await section(next, 'Goal').fill('A hard session: she was quiet and wanted to stop early.');
  await choice(next, 'The client shared openly, including something difficult', 'Not observed').click();
  await choice(next, 'I listened actively and reflected back accurately', 'Partly').click();
  await choice(next, 'I felt listened to and understood.', 'Not true at all').click();
  await expectSaved(next);
  await openClientTab(next, CLIENT, 'Overview');
  await expect(chart.locator('figcaption')).toContainText('2 sessions');
  await expect(chart.locator('figcaption')).toContainText('1 drop flagged');
  await expect(chart.locator('table tbody tr')).toHaveCount(2);
});

/** Ticks a checkbox by its label, as a pointer user does (react-aria hides the input itself). */
async function tick(page: Page, label: string): Promise<void> {
  await page.locator('label').filter({ hasText: label }).click();
  await expect(page.getByRole('checkbox', { name: label })).toBeChecked();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
