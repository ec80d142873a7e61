import { DateTime } from 'luxon';
import type { Appointment } from './schedule-contract';

/*
 * When an appointment falls, in the practice's time zone: appointments travel with a UTC start,
 * and the calendar, billing and Home place and label them in the practice's zone.
 */

/** Where an appointment falls in the practice's zone: its day and minutes after midnight. */
export function placeIn(appointment: Appointment, zone: string): { date: string; minutes: number } {
  const start = DateTime.fromISO(appointment.startsAt, { zone: 'utc' }).setZone(zone);
  return { date: start.toISODate()!, minutes: start.hour * 60 + start.minute };
}

/** The time of an appointment in the practice's zone, in the clinician's clock style. */
export function timeOf(appointment: Appointment, zone: string): string {
  return DateTime.fromISO(appointment.startsAt, { zone: 'utc' })
    .setZone(zone)
    .toLocaleString(DateTime.TIME_SIMPLE);
}

export function timeRangeOf(appointment: Appointment, zone: string): string {
  const start = DateTime.fromISO(appointment.startsAt, { zone: 'utc' }).setZone(zone);
  const end = start.plus({ minutes: appointment.durationMinutes });
  return `${start.toLocaleString(DateTime.TIME_SIMPLE)}–${end.toLocaleString(DateTime.TIME_SIMPLE)}`;
}
