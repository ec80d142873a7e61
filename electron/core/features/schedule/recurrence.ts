import { DateTime } from 'luxon';

export interface LocalSlot {
  localDate: string;
  localTime: string;
}

export interface Occurrence extends LocalSlot {
  /** The UTC instant, ISO 8601. */
  startsAt: string;
}

/**
 * The instant a wall-clock time in a zone refers to. A time that does not exist (inside the spring
 * forward gap) moves forward by the gap, as clocks do; an ambiguous one (the autumn hour that
 * happens twice) takes the later, standard-time instant.
 */
export function toInstant(slot: LocalSlot, timeZone: string): string {
  const local = DateTime.fromISO(`${slot.localDate}T${slot.localTime}`, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`Not a time in ${timeZone}: ${slot.localDate} ${slot.localTime}`);
  return local.toUTC().toISO({ suppressMilliseconds: true })!;
}

/**
 * Every occurrence of a series that repeats every N weeks at the same wall-clock time, so the
 * 18:00 session stays at 18:00 when daylight saving starts or ends. Stops after `count` sessions or
 * on the last one on or before `until` (inclusive), whichever is given.
 */
export function expandWeekly(
  first: LocalSlot,
  timeZone: string,
  everyWeeks: number,
  end: { count: number } | { until: string },
): Occurrence[] {
  const start = DateTime.fromISO(first.localDate, { zone: timeZone });
  const out: Occurrence[] = [];
  for (let i = 0; i < 520; i++) {
    const localDate = start.plus({ weeks: i * everyWeeks }).toISODate()!;
    if ('count' in end && i >= end.count) break;
    if ('until' in end && localDate > end.until) break;
    out.push({
      localDate,
      localTime: first.localTime,
      startsAt: toInstant({ localDate, localTime: first.localTime }, timeZone),
    });
  }
  return out;
}

/** Shifts a wall-clock slot by whole days, keeping or replacing its time of day. */
export function shiftSlot(slot: LocalSlot, days: number, newTime?: string): LocalSlot {
  return {
    localDate: DateTime.fromISO(slot.localDate).plus({ days }).toISODate()!,
    localTime: newTime ?? slot.localTime,
  };
}

export function daysBetween(fromDate: string, toDate: string): number {
  return Math.round(DateTime.fromISO(toDate).diff(DateTime.fromISO(fromDate), 'days').days);
}
