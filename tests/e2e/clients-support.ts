/**
 * Shared steps for the clients and intake end-to-end tests: seeding clients through the real router
 * (the flow under test is clicked; everything around it is seeded) and finding them in the UI.
 */
import { expect, type Page } from '@playwright/test';
import type { ChannelInput, ChannelOutput, Channel } from '../../shared/contract';
import type { LaunchedApp } from './harness';
import { goTo } from './flows';

/** Names in every script the issue names, plus text that looks like markup or SQL. */
export const SCRIPT_NAMES = {
  latin: 'Zoë Núñez',
  arabic: 'فاطمة الزهراء',
  hebrew: 'נועה כהן',
  chinese: '王秀英',
  japanese: '佐藤 はなこ',
  devanagari: 'अनन्या शर्मा',
  combining: 'Ива\u0301н Петро\u0301в',
  vietnamese: 'Nguyễn Thị Minh',
  emoji: 'Sunny 🌻 Rivers',
  markup: '<b>Bold</b> & "quotes" <script>alert(1)</script>',
  sql: "Robert'); DROP TABLE clients;--",
} as const;

/** Calls a channel on the app's real main side and returns its value, failing the test on an error. */
export async function callMain<C extends Channel>(
  app: LaunchedApp,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await app.core.router.call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export async function seedClient(
  app: LaunchedApp,
  input: ChannelInput<'clients:createEnquiry'>,
): Promise<string> {
  return (await callMain(app, 'clients:createEnquiry', input)).id;
}

/** Opens Clients afresh (so the list reads what was just seeded) and opens the client named. */
export async function openClient(page: Page, chosenName: string): Promise<void> {
  await goTo(page, 'Home');
  await goTo(page, 'Clients');
  await page.getByLabel('Find a client').fill(chosenName);
  await page.getByRole('row').filter({ hasText: chosenName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: chosenName })).toBeVisible();
}

/** The rows of the client table that hold a client (not the header row). */
export function clientRows(page: Page) {
  return page
    .getByRole('grid', { name: 'Clients' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Waits until the intake editor says the draft is saved (autosave runs a second after typing stops). */
export async function waitForDraftSaved(page: Page): Promise<void> {
  await expect(page.getByText(/^Draft saved/)).toBeVisible();
}
