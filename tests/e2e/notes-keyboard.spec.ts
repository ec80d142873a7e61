import { expect, test } from './fixtures';
import {
  choice,
  CLIENT,
  expectFocusRing,
  expectSaved,
  onlyNote,
  openNotes,
  section,
  tabTo,
  vaultWithClient,
} from './notes-support';

test('write, sign, add an addendum and find a note with the keyboard alone', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const clientId = await vaultWithClient(app);
  await openNotes(page);

  await page.keyboard.press('Control+n');
  await expect(section(page, 'Subjective')).toBeFocused();
  await page.keyboard.type('Arrived late; traffic. Talked about the wedding.');

  // The format, just before the note: one Tab stop (back into it lands on its last option), arrows
  // move between the options, Space chooses.
  const soap = choice(page, 'Format', /^SOAP/);
  const girp = choice(page, 'Format', /^GIRP/);
  await page.keyboard.press('Shift+Tab');
  await expect(girp).toBeFocused();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
  await expect(soap).toBeFocused();
  await expectFocusRing(soap);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await expect(girp).toBeFocused();
  await page.keyboard.press('Space');
  await expect(girp).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('The text under Subjective is now at the end of Goal.')).toBeVisible();

  // A panel closed and a checklist answer (the checklist follows the panels), by keyboard.
  const feedbackPanel = page.getByRole('button', { name: /^Client feedback/ });
  await tabTo(page, feedbackPanel);
  await expectFocusRing(feedbackPanel);
  await page.keyboard.press('Enter');
  await expect(feedbackPanel).toHaveAttribute('aria-expanded', 'false');
  const observed = choice(page, 'The client shared openly, including something difficult', 'Observed');
  await tabTo(page, observed);
  await expectFocusRing(observed);
  await page.keyboard.press('Space');
  await expect(observed).toHaveAttribute('aria-checked', 'true');

  // The shortcut list opens from the keyboard and gives focus back when closed.
  const shortcuts = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await shortcuts.focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(list).toContainText('Ctrl+Enter');
  await expect(list).toContainText('Sign the note');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(shortcuts).toBeFocused();

  await page.keyboard.press('Control+s');
  await expectSaved(page);

  // Sign: Ctrl+Enter, then Tab to the button that signs.
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: 'Sign and lock this note?' });
  await expect(dialog).toBeVisible();
  const signButton = dialog.getByRole('button', { name: 'Sign and lock' });
  await tabTo(page, signButton, 5);
  await expectFocusRing(signButton);
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { level: 2, name: /^Session on/ });
  await expect(title).toBeFocused();
  expect((await onlyNote(app, clientId)).signedAt).not.toBeNull();

  const addendum = page.getByLabel('Add an addendum');
  await tabTo(page, addendum);
  await page.keyboard.type('Traffic was from the marathon, not her lateness.');
  await tabTo(page, page.getByRole('button', { name: 'Sign and add addendum' }), 3);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Addenda' }).getByRole('listitem')).toHaveCount(1);

  // Find it again: Ctrl+F, type, Tab to the result, Enter.
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: /Search notes/ })).toBeFocused();
  await page.keyboard.type('marathon');
  const result = page.getByRole('region', { name: CLIENT }).getByRole('button');
  await expect(result).toHaveCount(1);
  await tabTo(page, result);
  await expectFocusRing(result);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Session on/ })).toBeVisible();
});
