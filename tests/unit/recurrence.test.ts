import { describe, expect, it } from 'vitest';
import { expandWeekly, shiftSlot, toInstant } from '../../electron/core/features/schedule/recurrence';

describe('weekly series across daylight-saving changes', () => {
  it('keeps 18:00 New York time when clocks spring forward (UTC moves from 23:00 to 22:00)', () => {
    const series = expandWeekly({ localDate: '2026-03-02', localTime: '18:00' }, 'America/New_York', 1, {
      count: 3,
    });
    expect(series).toEqual([
      { localDate: '2026-03-02', localTime: '18:00', startsAt: '2026-03-02T23:00:00Z' },
      { localDate: '2026-03-09', localTime: '18:00', startsAt: '2026-03-09T22:00:00Z' },
      { localDate: '2026-03-16', localTime: '18:00', startsAt: '2026-03-16T22:00:00Z' },
    ]);
  });

  it('keeps 09:30 London time when clocks fall back, fortnightly, up to an end date', () => {
    const series = expandWeekly({ localDate: '2026-10-12', localTime: '09:30' }, 'Europe/London', 2, {
      until: '2026-11-09',
    });
    expect(series.map((o) => o.startsAt)).toEqual([
      '2026-10-12T08:30:00Z',
      '2026-10-26T09:30:00Z',
      '2026-11-09T09:30:00Z',
    ]);
  });

  it('moves a time inside the spring-forward gap forward, as clocks do', () => {
    // 02:30 on 8 March 2026 does not exist in New York; it becomes 03:30 EDT (07:30 UTC).
    expect(toInstant({ localDate: '2026-03-08', localTime: '02:30' }, 'America/New_York')).toBe(
      '2026-03-08T07:30:00Z',
    );
  });

  it('takes the later, standard-time instant in the repeated autumn hour', () => {
    // 01:30 on 1 November 2026 happens twice in New York: EDT (05:30 UTC) then EST (06:30 UTC).
    expect(toInstant({ localDate: '2026-11-01', localTime: '01:30' }, 'America/New_York')).toBe(
      '2026-11-01T06:30:00Z',
    );
  });

  it('includes the end date itself, and shifts slots by calendar days across month ends', () => {
    expect(
      expandWeekly({ localDate: '2026-01-01', localTime: '10:00' }, 'UTC', 1, { until: '2026-01-15' }),
    ).toHaveLength(3);
    expect(shiftSlot({ localDate: '2026-01-30', localTime: '10:00' }, 3, '11:15')).toEqual({
      localDate: '2026-02-02',
      localTime: '11:15',
    });
  });
});
