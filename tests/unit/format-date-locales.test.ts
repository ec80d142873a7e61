import { afterEach, describe, expect, it } from 'vitest';
import { appLocale, inLocale, setAppLocale, supportedLocale } from '../../shared/dates/app-locale';
import { formatDate, formatDayMonth, formatMonth, formatShortDate } from '../../shared/dates/format-date';
import { formatCalendarDay, formatClock } from '../../shared/dates/format-moment';
import { clockLabel, fullDay } from '../../shared/dates/practice-time';

const before = appLocale();
afterEach(() => setAppLocale(before));

describe('dates written in the app locale', () => {
  it.each([
    ['en-GB', '6 December 2026', '6 Dec 2026', 'Dec 2026', '6 Dec', '14:30'],
    ['en-US', 'December 6, 2026', 'Dec 6, 2026', 'Dec 2026', 'Dec 6', '2:30 PM'],
    ['de-DE', '6. Dezember 2026', '6. Dez. 2026', 'Dez. 2026', '6. Dez.', '14:30'],
    ['fr-CA', '6 décembre 2026', '6 déc. 2026', 'déc. 2026', '6 déc.', '14 h 30'],
    ['ja-JP', '2026年12月6日', '2026年12月6日', '2026年12月', '12月6日', '14:30'],
  ])('%s', (locale, long, short, month, dayMonth, clock) => {
    setAppLocale(locale);
    // Intl puts a narrow no-break space before AM/PM in some locales: compare with plain spaces.
    const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
    expect(plain(formatDate('2026-12-06'))).toBe(long);
    expect(plain(formatShortDate('2026-12-06'))).toBe(short);
    expect(plain(formatMonth('2026-12-06'))).toBe(month);
    expect(plain(formatDayMonth('2026-12-06'))).toBe(dayMonth);
    expect(plain(clockLabel(14 * 60 + 30))).toBe(clock);
  });

  it('keeps the day whatever the time zone, and an empty date empty', () => {
    setAppLocale('en-US');
    expect(formatDate('2026-01-01T23:30:00.000Z')).toBe('January 1, 2026');
    expect(formatCalendarDay('2026-01-01')).toBe('Jan 1, 2026');
    expect(formatDate('')).toBe('');
  });

  it('writes the calendar and the written dates in the same locale', () => {
    setAppLocale('en-US');
    expect(fullDay('2026-12-07')).toBe('Monday, December 7, 2026');
    setAppLocale('en-GB');
    expect(fullDay('2026-12-07')).toMatch(/^Monday,? 7 December 2026$/);
  });

  it('prints in a reader locale for a moment, then goes back', () => {
    setAppLocale('en-GB');
    expect(inLocale('en-US', () => formatDate('2026-12-06'))).toBe('December 6, 2026');
    expect(formatDate('2026-12-06')).toBe('6 December 2026');
    expect(fullDay('2026-12-07')).toMatch(/^Monday,? 7 December 2026$/);
  });

  it('takes the canonical form of a system tag, and the runtime default for one Intl cannot use', () => {
    expect(supportedLocale('en-gb')).toBe('en-GB');
    const runtime = new Intl.DateTimeFormat().resolvedOptions().locale;
    expect(supportedLocale('not a locale!')).toBe(runtime);
    expect(supportedLocale('')).toBe(runtime);
  });
});

describe('times of day written in the app locale', () => {
  it.each([
    ['en-GB', '09:05', '09:05'],
    ['en-GB', '14:30', '14:30'],
    ['en-US', '09:05', '9:05 AM'],
    ['en-US', '14:30', '2:30 PM'],
    ['de-DE', '14:30', '14:30'],
  ])('%s %s', (locale, clock, written) => {
    setAppLocale(locale);
    expect(formatClock(clock).replace(/[\u202f\u00a0]/g, ' ')).toBe(written);
  });
});
