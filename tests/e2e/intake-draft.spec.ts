import { expect, test } from './fixtures';
import type { LaunchedApp } from './harness';
import { createAndOpenVault, goTo, unlock } from './flows';
import { callMain, openClient, openTab, seedClient, waitForDraftSaved } from './clients-support';

/** The intake's autosave waits this long after the last keystroke (renderer/src/intake/use-intake-autosave.ts). */
const AUTOSAVE_DELAY_MS = 1000;
const CONCERN = 'Panic on the bus since March. 😔 Hard to say more yet.';

/**
 * A new vault with one client, whose intake the clinician has just started. With `clock`, the
 * page's timers are the test's: they fire only when it moves the page's clock on.
 */
async function startIntake(openApp: () => Promise<LaunchedApp>, chosenName: string, clock = false) {
  const app = await openApp();
  const { page } = app;
  if (clock) {
    await page.clock.install();
    await page.reload();
  }
  await createAndOpenVault(page);
  const id = await seedClient(app, { chosenName });
  await openClient(page, chosenName);
  await page.getByRole('button', { name: 'Start intake' }).click();
  return { app, page, id };
}

test('a draft survives a reload and a relaunch, and is offered back where it was left', async ({
  openApp,
}) => {
  let app = await openApp();
  let page = app.page;
  await createAndOpenVault(page);
  const id = await seedClient(app, { chosenName: 'Ilse Brandt' });
  await openClient(page, 'Ilse Brandt');
  await page.getByRole('button', { name: 'Start intake' }).click();
  await page.getByLabel('Pronouns').fill('sie/ihr');
  await page.getByRole('button', { name: 'Next: What brings them here' }).click();
  await page.getByLabel('What brings them here, in their own words').fill(CONCERN);
  await waitForDraftSaved(page);

  const stored = await callMain(app, 'clients:get', { id });
  expect(stored.draft?.step).toBe('presenting');
  expect(stored.draft?.data.presenting.inOwnWords).toBe(CONCERN);
  expect(stored.intake.presenting.inOwnWords, 'the intake itself is untouched until saved').toBe('');

  // The window reloads (as after a renderer crash): the vault stays open, the draft is offered.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await openClient(page, 'Ilse Brandt');
  await expect(page.getByText(/are kept as a draft/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue intake' }).click();
  await expect(page.getByLabel('What brings them here, in their own words')).toHaveValue(CONCERN);

  // The app closes and opens again.
  await app.close();
  app = await openApp();
  page = app.page;
  await unlock(page);
  await openClient(page, 'Ilse Brandt');
  await openTab(page, 'Intake');
  await expect(page.getByText(/are waiting in a draft/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue the draft' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'What brings them here' })).toBeVisible();
  await expect(page.getByLabel('What brings them here, in their own words')).toHaveValue(CONCERN);
  await page
    .getByRole('navigation', { name: 'Intake steps' })
    .getByRole('button', { name: /^Identity/ })
    .click();
  await expect(page.getByLabel('Pronouns')).toHaveValue('sie/ihr');

  // Saving without finishing keeps the intake open for later and removes the draft.
  await page.getByRole('button', { name: 'Save for now' }).click();
  await expect(page.getByText('The intake is saved.')).toBeVisible();
  const saved = await callMain(app, 'clients:get', { id });
  expect(saved.draft).toBeNull();
  expect(saved.intakeCompletedAt).toBeNull();
  expect(saved.intake.presenting.inOwnWords).toBe(CONCERN);
  await expect(page.getByRole('button', { name: 'Start intake' })).toBeVisible();
});

test('the draft is saved a second after typing stops, and at once on leaving a field', async ({
  openApp,
}) => {
  const { app, page, id } = await startIntake(openApp, 'Tomas Vik', true);
  const draftOf = async () => (await callMain(app, 'clients:get', { id })).draft?.data.identity;
  // Frozen from here on: however long the machine takes, the page's time moves only when the test moves it.
  await page.clock.pauseAt(Date.now() + 5_000);

  await page.getByLabel('Pronouns').pressSequentially('he/him');
  await page.clock.runFor(AUTOSAVE_DELAY_MS - 1);
  expect(await draftOf(), 'nothing is saved before typing has stopped for a second').toBeUndefined();
  await page.clock.runFor(1);
  await expect.poll(draftOf).toMatchObject({ pronouns: 'he/him' });

  // With the clock still, only leaving the field can save this.
  await page.getByLabel('Phone').fill('0161 496 0000');
  await page.keyboard.press('Tab');
  await expect.poll(draftOf).toMatchObject({ phone: '0161 496 0000' });
  await expect(page.getByText(/^Draft saved/)).toBeVisible();
});

test('locking straight after typing keeps the draft: the intake saves before the vault locks', async ({
  openApp,
}) => {
  const { app, page, id } = await startIntake(openApp, 'Tomas Vik');
  await page.getByLabel('Pronouns').pressSequentially('he/him');
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();
  await unlock(page);
  expect((await callMain(app, 'clients:get', { id })).draft?.data.identity).toMatchObject({
    pronouns: 'he/him',
  });
});

test('a save that crosses a change made elsewhere is refused clearly, and the draft keeps the work', async ({
  openApp,
}) => {
  const { app, page, id } = await startIntake(openApp, 'Ruth Okafor');
  await page.getByLabel('Pronouns').fill('she/her');
  await waitForDraftSaved(page);

  // Meanwhile the intake is saved from somewhere else (another window, the command line).
  const elsewhere = await callMain(app, 'clients:get', { id });
  await callMain(app, 'intake:save', {
    clientId: id,
    baseRevision: 0,
    data: { ...elsewhere.intake, identity: { ...elsewhere.intake.identity, phone: '020 7946 0000' } },
  });

  await page.getByRole('button', { name: 'Finish intake' }).click();
  await expect(page.getByText('This intake was changed somewhere else since you opened it.')).toBeVisible();
  await expect(page.getByText('Your changes are still in the draft.')).toBeVisible();
  const afterConflict = await callMain(app, 'clients:get', { id });
  expect(afterConflict.draft?.data.identity.pronouns).toBe('she/her');
  expect(afterConflict.intakeCompletedAt).toBeNull();

  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByText('The draft was discarded.')).toBeVisible();
  await expect(page.getByText('020 7946 0000')).toBeVisible();
  expect((await callMain(app, 'clients:get', { id })).draft).toBeNull();
});

test('optional answers never block; a wrong answer is explained under its field, on its step', async ({
  openApp,
}) => {
  const { app, page, id } = await startIntake(openApp, 'Priya Raman');
  await page.getByLabel('Email').fill('priya@');
  await page.getByRole('navigation', { name: 'Intake steps' }).getByRole('button', { name: /^Fees/ }).click();
  await page.getByRole('button', { name: 'Finish intake' }).click();

  await expect(
    page.getByText('Some answers need a look before the intake can be saved: Identity and practicalities.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Identity and practicalities' })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('That does not look like an email address.')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Intake steps' }).getByRole('button', { name: /needs a look/ }),
  ).toHaveCount(1);

  await page.getByLabel('Email').fill('');
  await page.getByRole('button', { name: 'Finish intake' }).click();
  await expect(page.getByText('The intake is complete and saved.')).toBeVisible();
  expect((await callMain(app, 'clients:get', { id })).intakeCompletedAt).not.toBeNull();
  await goTo(page, 'Clients');
  await expect(page.getByRole('row', { name: /Priya Raman/ })).toContainText('Complete');
});
