import type { Page } from '@playwright/test';
import { DEFAULT_RETENTION_RULE, retainUntil } from '../../shared/clients/retention';
import { formatDate } from '../../shared/dates/format-date';
import { expect, test } from './fixtures';
import { createAndOpenVault, goTo, lock, unlock } from './flows';
import {
  callMain,
  clientRows,
  openClient,
  openTab,
  SCRIPT_NAMES,
  seedClient,
  waitForDraftSaved,
} from './clients-support';
import { dayField, fillDay } from './day-fields';

const NAME = SCRIPT_NAMES.latin;
const IN_OWN_WORDS = 'Since the move I wake at 4 and cannot get back to sleep.\nأفتقد أمي كثيرًا.';

function stepNav(page: Page) {
  return page.getByRole('navigation', { name: 'Intake steps' });
}

async function openStep(page: Page, title: string) {
  await stepNav(page)
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** A cultural domain's fields, once it is open (each folds to its title, question and what is filled in). */
function domain(page: Page, title: string) {
  return page.getByRole('group', { name: new RegExp(`^${title}`) });
}

async function openDomain(page: Page, title: string, marker: string): Promise<void> {
  const fold = page.getByRole('button', { name: new RegExp(`^${title}`) });
  await expect(fold).toHaveAccessibleName(`${title} ${marker}`);
  await fold.click();
  await expect(domain(page, title)).toBeVisible();
}

test('add an enquiry, complete the intake over three sittings, find, edit, see the history, discharge', async ({
  openApp,
}) => {
  let app = await openApp();
  let page = app.page;
  await createAndOpenVault(page);
  await seedClient(app, { chosenName: SCRIPT_NAMES.arabic });
  await seedClient(app, { chosenName: SCRIPT_NAMES.chinese });
  await seedClient(app, { chosenName: 'Nina Nunes' });

  // The enquiry, through the dialog.
  await goTo(page, 'Clients');
  await page.getByRole('button', { name: 'Add client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add client' });
  await dialog.getByLabel('Name they go by').fill(NAME);
  await dialog.getByLabel('Legal name, if different').fill('Zoë María Núñez García');
  await dialog.getByLabel('Email').fill('zoe@example.org');
  await dialog.getByLabel('Phone').fill('+44 7700 900123');
  await dialog.getByLabel('How they found you').fill('A friend who saw you last year');
  await dialog.getByLabel('Note').fill('Free on Tuesday afternoons.');
  await dialog.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeFocused();
  await expect(page.getByText('Free on Tuesday afternoons.')).toBeVisible();

  // First sitting: identity and what brings them here; then the vault is locked.
  await page.getByRole('button', { name: 'Start intake' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Identity and practicalities' })).toBeFocused();
  await expect(page.getByLabel('Legal name')).toHaveValue('Zoë María Núñez García');
  await page.getByLabel('Pronouns').fill('she/her');
  await fillDay(dayField(page, 'Date of birth'), '1990-05-17');
  await page.getByRole('button', { name: 'Next: What brings them here' }).click();
  await page.getByLabel('What brings them here, in their own words').fill(IN_OWN_WORDS);
  await waitForDraftSaved(page);
  await lock(page);
  await unlock(page);

  // Second sitting: the draft is offered on the overview and opens where it was left.
  await openClient(page, NAME);
  await expect(page.getByText(/are kept as a draft/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue intake' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'What brings them here' })).toBeVisible();
  await expect(page.getByLabel('What brings them here, in their own words')).toHaveValue(IN_OWN_WORDS);
  await openStep(page, 'Identity and practicalities');
  await expect(page.getByLabel('Pronouns')).toHaveValue('she/her');
  await openStep(page, 'Risk and safety');
  await page.getByRole('radiogroup', { name: 'Suicidal thoughts' }).getByText('In the past').click();
  await page.getByRole('radiogroup', { name: 'Self-harm' }).getByText('None reported').click();
  await page.getByText('A safety plan is in place').click();
  await fillDay(dayField(page, 'Date of the safety plan'), '2026-02-03');
  await waitForDraftSaved(page);
  await app.close();

  // Third sitting, after the app was closed: the cultural background, then the intake is finished.
  app = await openApp();
  page = app.page;
  await unlock(page);
  await openClient(page, NAME);
  await openTab(page, 'Intake');
  await page.getByRole('button', { name: 'Continue the draft' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Risk and safety' })).toBeVisible();
  await expect(
    page.getByRole('radiogroup', { name: 'Suicidal thoughts' }).getByRole('radio', { name: 'In the past' }),
  ).toBeChecked();
  await openStep(page, 'Cultural background');
  for (const title of ['Religion and spiritual orientation', 'National origin', 'Sexual orientation'])
    await openDomain(page, title, 'Nothing yet');
  await openDomain(page, 'How they understand the problem', 'Nothing yet');
  await domain(page, 'Religion and spiritual orientation')
    .getByLabel('In their words')
    .fill('Raised Catholic; now “spiritual, not religious”.');
  await domain(page, 'Religion and spiritual orientation')
    .getByText('Relevant to what brings them here')
    .click();
  await domain(page, 'National origin')
    .getByLabel('In their words')
    .fill('Born in Valencia, moved to Leeds in 2024.');
  await domain(page, 'National origin').getByText('Relevant to what brings them here').click();
  await domain(page, 'Sexual orientation')
    .getByLabel('In their words')
    .fill('Said a little, then asked to leave it.');
  await domain(page, 'Sexual orientation').getByText('Prefers not to say').click();
  // Preferring not to say hides the words but keeps them until they are removed on purpose.
  await expect(domain(page, 'Sexual orientation').getByLabel('In their words')).toHaveCount(0);
  await domain(page, 'Sexual orientation').getByRole('button', { name: 'Remove what was written' }).click();
  await expect(page.getByRole('button', { name: /^National origin/ })).toHaveAccessibleName(
    'National origin Written · relevant',
  );
  await expect(page.getByRole('button', { name: /^Sexual orientation/ })).toHaveAccessibleName(
    'Sexual orientation Prefers not to say',
  );
  await domain(page, 'How they understand the problem')
    .getByLabel('How would they put what is troubling them, in their own words?')
    .fill('“Homesick in my own life.”');
  await page.getByLabel('Languages', { exact: true }).fill('Spanish and Valencian at home, English at work.');
  await page
    .getByLabel('Your cultural-humility reflection')
    .fill('Check my assumptions about Catholic guilt.');
  await page.getByRole('button', { name: 'Finish intake' }).click();
  await expect(page.getByText('The intake is complete and saved.')).toBeVisible();
  await expect(page.getByText(IN_OWN_WORDS.split('\n')[0]!)).toBeVisible();
  // The next status is offered the moment it is true, and changes only when the clinician says so.
  const suggestion = page.getByRole('status').filter({ hasText: 'The intake was completed on' });
  await expect(suggestion).toContainText(`${NAME} is still an enquiry`);
  await suggestion.getByRole('button', { name: 'Mark as active' }).click();
  await expect(suggestion).toHaveCount(0);

  const saved = await callMain(app, 'clients:get', {
    id: (await callMain(app, 'clients:list', { search: 'nunez' }))[0]!.id,
  });
  expect(saved.intakeCompletedAt).not.toBeNull();
  expect(saved.status).toBe('active');
  expect(saved.draft).toBeNull();
  expect(saved.intake.presenting.inOwnWords).toBe(IN_OWN_WORDS);
  expect(saved.intake.risk).toMatchObject({ suicidalThoughts: 'past', selfHarm: 'none', safetyPlan: true });
  expect(saved.intake.cultural.addressing.sexualOrientation).toEqual({
    text: '',
    preferNotToSay: true,
    relevant: false,
  });
  expect(saved.intake.cultural.addressing.religion.relevant).toBe(true);

  await openTab(page, 'Culture');
  await expect(
    page.getByText('Relevant to what brings them here: Religion and spiritual orientation, National origin.'),
  ).toBeVisible();
  await expect(page.getByText('Prefers not to say.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Private to you' })).toContainText('Catholic guilt');

  // Found by search in any script, without accents.
  await goTo(page, 'Clients');
  const search = page.getByLabel('Find a client');
  await search.fill('nunez');
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first()).toContainText(NAME);
  await expect(clientRows(page).first()).toContainText('Complete');
  await search.fill('الزهراء');
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first()).toContainText(SCRIPT_NAMES.arabic);
  await search.fill('王秀');
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first()).toContainText(SCRIPT_NAMES.chinese);
  await search.fill('NÚÑEZ GARCÍA');
  await expect(clientRows(page)).toHaveCount(1);
  await clientRows(page).first().click();

  // Edit, then see the change in the history.
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await openTab(page, 'Intake');
  await page.getByRole('button', { name: 'Edit intake' }).click();
  await page.getByLabel('Pronouns').fill('she/they');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('The intake is saved.')).toBeVisible();
  await expect(page.getByText('she/they').first()).toBeVisible();
  await page.getByRole('radio', { name: 'History of changes' }).click();
  const history = page.getByRole('list', { name: 'History of changes' });
  const latest = history.getByRole('listitem').first();
  await expect(latest.getByRole('heading', { name: 'Intake changed' })).toBeVisible();
  await expect(latest).toContainText('Pronouns');
  await expect(latest).toContainText('she/her');
  await expect(latest).toContainText('she/they');
  await expect(history.getByRole('heading', { name: 'Client added' })).toBeVisible();
  await expect(history.getByRole('heading', { name: 'Intake changed' })).toHaveCount(2);

  // Discharge with a date and a reason; the record's keep-until date follows.
  await page.getByRole('button', { name: 'Change status' }).click();
  // Its title changes once the status has changed, so it is found as the one dialog open.
  const statusDialog = page.getByRole('dialog');
  await statusDialog.getByText('Discharged', { exact: true }).click();
  await fillDay(dayField(statusDialog, 'Date'), '2026-06-30');
  await statusDialog.getByRole('button', { name: 'Discharge' }).click();
  await expect(statusDialog.getByText('Enter a reason.')).toBeVisible();
  await statusDialog.getByLabel('Reason').fill('Goals met; ending agreed together.');
  await statusDialog.getByRole('button', { name: 'Discharge' }).click();
  // No session was recorded, so the years count from the day the record was opened, not the discharge.
  const opened = saved.createdAt.slice(0, 10);
  const keptUntil = formatDate(retainUntil(DEFAULT_RETENTION_RULE, opened, '1990-05-17').retainUntil);
  await expect(statusDialog.getByText(`The record is kept until ${keptUntil}`)).toBeVisible();
  await statusDialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText(`Record kept until ${keptUntil}`)).toBeVisible();

  // Discharged clients stay in the list; archived ones move under the Archived filter.
  await page.getByRole('button', { name: 'Change status' }).click();
  await statusDialog.getByText('Archived', { exact: true }).click();
  await statusDialog.getByLabel('Reason').fill('No contact for a year.');
  await statusDialog.getByRole('button', { name: 'Archive' }).click();
  await statusDialog.getByRole('button', { name: 'Done' }).click();
  await goTo(page, 'Clients');
  await page.getByLabel('Find a client').fill('nunez');
  await expect(page.getByText('No clients match “nunez”.')).toBeVisible();
  await page.getByRole('button', { name: 'Archived' }).click();
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first()).toContainText('Archived');
});
