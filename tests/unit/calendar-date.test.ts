import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/dates/calendar-date';
import { openCore } from './support/open-core';

const accepts = (text: string) => calendarDate.safeParse(text).success;

/** Days in a month by the Gregorian rule, written out independently of the code under test. */
function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('a calendar date', () => {
  it.each(['2026-01-01', '2026-02-28', '2028-02-29', '2000-02-29', '2026-04-30', '2026-12-31'])(
    'accepts %s',
    (text) => expect(accepts(text)).toBe(true),
  );

  it.each([
    ['2026-02-30', 'That date does not exist.'],
    ['2025-02-29', 'That date does not exist.'],
    ['1900-02-29', 'That date does not exist.'],
    ['2026-04-31', 'That date does not exist.'],
    ['2026-13-01', 'That date does not exist.'],
    ['2026-00-10', 'That date does not exist.'],
    ['2026-01-00', 'That date does not exist.'],
    ['2026-1-01', 'Use a full date.'],
    ['2026-01-01T00:00', 'Use a full date.'],
    [' 2026-01-01', 'Use a full date.'],
    ['', 'Use a full date.'],
  ])('refuses %j: %s', (text, message) => {
    const result = calendarDate.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message)).toContain(message);
  });

  it('accepts exactly the days each month has, in any year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(accepts(text)).toBe(day <= daysIn(year, month));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is what the channels check: a note on 30 February is refused as invalid input', async () => {
    const core = await openCore();
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Leap Day' });
    const refused = await core.router.call('notes:create', {
      clientId,
      sessionDate: '2026-02-30',
      format: 'DAP',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const leap = await core.call('notes:create', { clientId, sessionDate: '2028-02-29', format: 'DAP' });
    expect(leap.sessionDate).toBe('2028-02-29');
    core.session.lock('quit');
  });
});
