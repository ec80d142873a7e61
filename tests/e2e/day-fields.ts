/**
 * Typing into the app's date and time fields (react-aria's, in the app's locale): a group of
 * parts (day, month, year; hour, minute, AM/PM) in the order the locale writes them. Each part is
 * focused and typed in turn, whatever that order, so the same test runs in any locale.
 */
import type { Locator, Page } from '@playwright/test';

/** A date or time field by its label, as a screen reader finds it: the group of its parts. */
export function dayField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

async function typeParts(field: Locator, parts: Record<string, string>): Promise<void> {
  const segments = field.getByRole('spinbutton');
  await segments.first().waitFor();
  const count = await segments.count();
  for (let i = 0; i < count; i++) {
    const segment = segments.nth(i);
    const type = (await segment.getAttribute('data-type')) ?? '';
    const value = parts[type];
    if (value === undefined) throw new Error(`No value to type in the ${type} part of ${String(field)}.`);
    await segment.focus();
    await segment.pressSequentially(value);
  }
}

/** Types a day given as YYYY-MM-DD. */
export async function fillDay(field: Locator, isoDay: string): Promise<void> {
  const [year, month, day] = isoDay.split('-') as [string, string, string];
  await typeParts(field, { year, month, day });
}

/** Types a time given as HH:mm (24-hour), as 12-hour with AM/PM where the locale writes it so. */
export async function fillClock(field: Locator, clock: string): Promise<void> {
  const [hours, minute] = clock.split(':') as [string, string];
  const h = Number(hours);
  const twelveHour = (await field.locator('[data-type="dayPeriod"]').count()) > 0;
  await typeParts(field, {
    hour: twelveHour ? String(h % 12 || 12).padStart(2, '0') : hours,
    minute,
    dayPeriod: h < 12 ? 'A' : 'P',
  });
}

/** Empties every part, as Backspace does. */
export async function clearDayField(field: Locator): Promise<void> {
  const segments = field.getByRole('spinbutton');
  await segments.first().waitFor();
  const count = await segments.count();
  for (let i = count - 1; i >= 0; i--) {
    await segments.nth(i).focus();
    for (let k = 0; k < 4; k++) await segments.nth(i).press('Backspace');
  }
}
