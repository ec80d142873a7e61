import { checkScreen } from './calendar-screen-check';
import { expect, test } from './fixtures';
import { goTo, PASSPHRASE, unlock, useColorScheme } from './flows';
import { callOk } from './goals-support';
import type { LaunchedApp } from './harness';
import { openNotes, section, vaultWithClient } from './notes-support';
import type { Page } from '@playwright/test';

const PIN = '4821';

function clientScreen(page: Page) {
  return page.locator('.client-mode');
}

/** Whether the focused element is on the client's screen. */
function focusInside(page: Page): Promise<boolean> {
  return page
    .locator('.client-mode')
    .evaluate((root: { contains(n: unknown): boolean; ownerDocument: { activeElement: unknown } }) =>
      root.contains(root.ownerDocument.activeElement),
    );
}

async function expectStillClientMode(page: Page, progress: string) {
  await expect(page.getByRole('heading', { name: 'About today’s session', level: 1 })).toBeVisible();
  await expect(page.getByText(progress, { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
}

async function leaveWith(page: Page, secret: string) {
  const field = page.getByRole('textbox', { name: /^Passphrase( or PIN)?$/ });
  if (!(await field.isVisible())) await page.getByRole('button', { name: 'For your therapist' }).click();
  await field.fill(secret);
  await page.getByRole('button', { name: 'End client mode' }).click();
}

async function draftNote(app: LaunchedApp, clientId: string, sessionDate: string) {
  return callOk(app, 'notes:create', { clientId, sessionDate, format: 'SOAP' });
}

test('the laptop handed to the client from a note: answered by keyboard and mouse, nothing else reachable, left only with the PIN or passphrase; the note shows the answers read-only', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const clientId = await vaultWithClient(app);

  // A PIN set in Settings, kept as a hash.
  await goTo(page, 'Settings');
  const pinPanel = page.getByRole('region', { name: 'Client mode PIN' });
  await pinPanel.getByRole('textbox', { name: 'PIN', exact: true }).fill(PIN);
  await pinPanel.getByRole('textbox', { name: 'The PIN again', exact: true }).fill(PIN);
  await pinPanel.getByRole('button', { name: 'Set PIN' }).click();
  await expect(pinPanel.getByText('Saved. The PIN now ends client mode.')).toBeVisible();

  await openNotes(page);
  await page.keyboard.press('Control+n');
  await expect(section(page, 'Subjective')).toBeFocused();
  await section(page, 'Subjective').fill('Talked about the week at work.');
  await page
    .getByRole('group', { name: 'Feedback, ruptures and risk' })
    .getByRole('button', { name: 'Hand the laptop to the client…' })
    .click();
  // Nothing is due for this client: only the session's feedback is ticked.
  const choose = page.getByRole('dialog', { name: 'Hand the laptop to the client' });
  await expect(choose.getByRole('checkbox', { name: 'Feedback on today’s session' })).toBeChecked();
  await expect(choose.getByRole('checkbox', { name: /PHQ-9/ })).not.toBeChecked();
  await choose.getByRole('button', { name: 'Hand over now' }).click();

  // The client's screen: a greeting by first name, one statement, progress, nothing of the record.
  await expectStillClientMode(page, '1 of 8');
  await expect(page.getByText('Hello, Mariam')).toBeVisible();
  await expect(page.getByText('Haddad')).toHaveCount(0);
  await expect(page.getByText('Talked about the week')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'I felt listened to and understood.' })).toBeFocused();

  // By keyboard: into the answers, down to "Mostly true", on to the next statement.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Mostly true' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStillClientMode(page, '2 of 8');

  // No shortcut, history key or browser key leaves; Tab goes round the client's own screen.
  for (const key of [
    'Escape',
    'Alt+ArrowLeft',
    'Alt+ArrowRight',
    'Control+l',
    'Control+k',
    'Control+n',
    'Control+s',
    'Control+Enter',
    'Control+,',
    'F5',
    'Control+r',
    'Alt+Home',
  ]) {
    await page.keyboard.press(key);
    await expectStillClientMode(page, '2 of 8');
  }
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page), `Tab ${i + 1}`).toBe(true);
  }
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInside(page), `Shift+Tab ${i + 1}`).toBe(true);
  }

  // The main side refuses anything but the client's own few, whatever the page asks.
  const refused = await page.evaluate(
    (id) =>
      (
        globalThis as unknown as { rapport: { invoke: (c: string, i: unknown) => Promise<unknown> } }
      ).rapport.invoke('notes:list', { clientId: id }),
    clientId,
  );
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringMatching(/client mode/) },
  });

  // The screen checked: axe clean, light and dark, 1280 and 900 wide.
  await checkScreen(page, 'client-mode-question');
  // At 200 % (CSS zoom on the body, in a 1280 × 800 window): nothing is cut off sideways.
  await page.setViewportSize({ width: 1280, height: 800 });
  const zoom = (to: string) =>
    page.locator('body').evaluate((body: { style: { zoom: string } }, z) => (body.style.zoom = z), to);
  await zoom('2');
  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    const overflow = await page
      .locator('.client-mode')
      .evaluate((e: { scrollWidth: number; clientWidth: number }) => e.scrollWidth - e.clientWidth);
    expect(overflow, `200 % ${colorScheme}`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/client-mode-zoom200-${colorScheme}.png` });
  }
  await zoom('');

  // By mouse, the rest.
  for (const [progress, answer] of [
    ['2 of 8', 'Completely true'],
    ['3 of 8', 'Partly true'],
    ['4 of 8', 'Completely true'],
    ['5 of 8', 'Mostly true'],
    ['6 of 8', 'A little true'],
    ['7 of 8', 'Completely true'],
  ] as const) {
    await expectStillClientMode(page, progress);
    await clientScreen(page).getByText(answer, { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expectStillClientMode(page, '8 of 8');
  await page.getByRole('textbox', { name: 'Anything you want me to know?' }).fill('The breathing helped.');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(
    page.getByText('Your answers are saved. Please hand the laptop back to your therapist.'),
  ).toBeVisible();
  await checkScreen(page, 'client-mode-thanks');

  // Wrong passphrase and wrong PIN are refused; the PIN set in Settings leaves.
  await leaveWith(page, 'not the passphrase at all');
  await expect(page.getByText(/That passphrase does not open this vault/)).toBeVisible();
  await leaveWith(page, '0000');
  await expect(page.getByText(/That PIN is not the one set in Settings/)).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await leaveWith(page, PIN);

  // Back on the note: the client's answers, read-only, marked as theirs.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByText(/^Completed by the client on /)).toBeVisible();
  const feedback = page.getByRole('group', { name: 'Feedback, ruptures and risk' });
  await expect(feedback.getByText('The breathing helped.')).toBeVisible();
  await expect(feedback.getByRole('radiogroup', { name: 'I felt listened to and understood.' })).toHaveCount(
    0,
  );
  await expect(feedback.getByRole('button', { name: 'Hand the laptop to the client' })).toHaveCount(0);
  await expect(section(page, 'Subjective')).toHaveValue('Talked about the week at work.');
  const [summary] = await callOk(app, 'notes:list', { clientId });
  const stored = await callOk(app, 'notes:get', { id: summary!.id });
  expect(stored.feedback).toMatchObject({
    form: 2,
    answers: { understood: 4, mattered: 5, suited: 3, safe: 5, honest: 4, forward: 2, respected: 5 },
    message: 'The breathing helped.',
    completedByClientAt: expect.stringMatching(/^\d{4}-/),
  });
  await checkScreen(page, 'client-mode-answers-on-note', feedback);

  // The passphrase leaves too (another session's note, handed over and reloaded into).
  const second = await draftNote(app, clientId, '2026-03-09');
  await callOk(app, 'clientMode:start', { clientId, noteId: second.id });
  await page.reload();
  await expectStillClientMode(page, '1 of 8');
  await leaveWith(page, PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // The auto-lock still works: locking ends client mode, and unlocking does not bring it back.
  const third = await draftNote(app, clientId, '2026-03-16');
  await callOk(app, 'clientMode:start', { clientId, noteId: third.id });
  await page.reload();
  await expectStillClientMode(page, '1 of 8');
  app.core.session.lock('idle');
  await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();
  await unlock(page);
  expect((await callOk(app, 'clientMode:status', {})).active).toBe(false);
});
