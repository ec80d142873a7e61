import { randomUUID } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { ParsedInput } from '../../../../shared/contract';
import type { Appointment, scheduleChannels } from '../../../../shared/schedule/schedule-contract';
import * as appointments from '../../db/appointments';
import { appendAudit } from '../../db/audit';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import { AppError } from '../../base/app-error';
import { daysBetween, expandWeekly, shiftSlot, toInstant } from './recurrence';

type Input<C extends keyof typeof scheduleChannels> = z.output<(typeof scheduleChannels)[C]['input']>;

function toAppointment(row: appointments.AppointmentRow): Appointment {
  return {
    ...row,
    endsAt: DateTime.fromISO(row.startsAt, { zone: 'utc' })
      .plus({ minutes: row.durationMinutes })
      .toISO({ suppressMilliseconds: true })!,
    invoiced: Boolean(row.invoiced),
  };
}

/** What writing a session's note from its appointment needs of the notes. */
export interface NoteDrafts {
  create(input: ParsedInput<'notes:create'>): { id: string };
}

export class ScheduleService {
  constructor(
    private readonly db: () => Db,
    private readonly timeZone: () => string,
    private readonly notes: NoteDrafts,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Appointments whose start falls on the given local calendar days, in the practice's zone. */
  range(from: string, to: string): Appointment[] {
    const zone = this.timeZone();
    const start = DateTime.fromISO(from, { zone }).startOf('day').toUTC().toISO()!;
    const end = DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf('day').toUTC().toISO()!;
    return appointments.appointmentsBetween(this.db(), start, end).map(toAppointment);
  }

  forClient(clientId: string): Appointment[] {
    const db = this.db();
    if (!getClient(db, clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
    return appointments.appointmentsForClient(db, clientId).map(toAppointment);
  }

  create(input: Input<'appointments:create'>): Appointment[] {
    const db = this.db();
    const zone = this.timeZone();
    const at = this.now().toISOString();
    if (!getClient(db, input.clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
    const first = { localDate: input.date, localTime: input.time };
    const occurrences = input.repeat
      ? expandWeekly(
          first,
          zone,
          input.repeat.everyWeeks,
          input.repeat.count !== undefined ? { count: input.repeat.count } : { until: input.repeat.until! },
        )
      : [{ ...first, startsAt: toInstant(first, zone) }];
    if (occurrences.length === 0)
      throw new AppError('VALIDATION', 'The end date is before the first session.');
    const seriesId = input.repeat ? randomUUID() : null;
    const ids: string[] = [];
    db.transaction(() => {
      if (seriesId) {
        appointments.insertSeries(db, {
          id: seriesId,
          clientId: input.clientId,
          everyWeeks: input.repeat!.everyWeeks,
          createdAt: at,
        });
      }
      for (const occurrence of occurrences) {
        const id = randomUUID();
        ids.push(id);
        appointments.insertAppointment(db, {
          id,
          clientId: input.clientId,
          seriesId,
          ...occurrence,
          timeZone: zone,
          durationMinutes: input.durationMinutes,
          modality: input.modality,
          location: input.location,
          serviceId: input.serviceId,
          at,
        });
      }
      appendAudit(db, {
        action: 'appointment.created',
        entity: 'client',
        entityId: input.clientId,
        detail: `${ids.length}`,
      });
    })();
    return ids.map((id) => toAppointment(appointments.getAppointment(db, id)!));
  }

  /**
   * Moves or edits one occurrence, or this and every later scheduled occurrence of its series. A
   * date change moves each following occurrence by the same number of days; a time change sets the
   * same wall-clock time on each. An occurrence edited on its own stays in its series, so a later
   * "this and all following" from an earlier occurrence still reaches it.
   */
  update(input: Input<'appointments:update'>): Appointment[] {
    const db = this.db();
    const at = this.now().toISOString();
    const target = this.require(db, input.id);
    if (target.status !== 'scheduled') {
      throw new AppError(
        'CONFLICT',
        'Only a scheduled session can be moved. Set it back to scheduled first.',
      );
    }
    const rows =
      input.scope === 'following' && target.seriesId
        ? appointments.followingInSeries(db, target.seriesId, target.startsAt)
        : [target];
    const dayShift = input.changes.date ? daysBetween(target.localDate, input.changes.date) : 0;
    db.transaction(() => {
      for (const row of rows) {
        const slot = shiftSlot(row, dayShift, input.changes.time);
        appointments.updateAppointment(db, {
          id: row.id,
          ...slot,
          startsAt: toInstant(slot, row.timeZone),
          durationMinutes: input.changes.durationMinutes ?? row.durationMinutes,
          modality: input.changes.modality ?? row.modality,
          location: input.changes.location ?? row.location,
          serviceId: input.changes.serviceId !== undefined ? input.changes.serviceId : row.serviceId,
          seriesId: row.seriesId,
          at,
        });
      }
      appendAudit(db, {
        action: 'appointment.changed',
        entity: 'client',
        entityId: target.clientId,
        detail: `${rows.length}`,
      });
    })();
    return rows.map((r) => toAppointment(appointments.getAppointment(db, r.id)!));
  }

  setStatus(input: Input<'appointments:setStatus'>): Appointment[] {
    const db = this.db();
    const at = this.now().toISOString();
    const target = this.require(db, input.id);
    if (target.invoiced)
      throw new AppError('CONFLICT', 'This session is on an invoice. Void the invoice first.');
    const rows =
      input.scope === 'following' && target.seriesId
        ? appointments.followingInSeries(db, target.seriesId, target.startsAt)
        : [target];
    db.transaction(() => {
      for (const row of rows) appointments.setAppointmentStatus(db, row.id, input.status, input.reason, at);
      appendAudit(db, {
        action: 'appointment.attendance',
        entity: 'client',
        entityId: target.clientId,
        detail: input.status,
      });
    })();
    return rows.map((r) => toAppointment(appointments.getAppointment(db, r.id)!));
  }

  /** Opening an attended session starts its note, once; afterwards it opens the same note. */
  startNote(input: Input<'appointments:startNote'>): { noteId: string } {
    const db = this.db();
    const row = this.require(db, input.id);
    if (row.noteId) return { noteId: row.noteId };
    if (row.status !== 'attended') {
      throw new AppError('CONFLICT', 'Mark the session as attended before writing its note.');
    }
    let noteId = '';
    db.transaction(() => {
      const end = DateTime.fromISO(`${row.localDate}T${row.localTime}`).plus({
        minutes: row.durationMinutes,
      });
      const note = this.notes.create({
        clientId: row.clientId,
        sessionDate: row.localDate,
        startTime: row.localTime,
        endTime: end.toISODate() === row.localDate ? end.toFormat('HH:mm') : '',
        modality: row.modality,
        format: input.format,
      });
      appointments.linkNoteToAppointment(db, note.id, row.id);
      noteId = note.id;
    })();
    return { noteId };
  }

  /** An .ics calendar; client names only when the clinician asks for them. */
  exportIcs(input: Input<'calendar:exportIcs'>): { ics: string; count: number } {
    const rows = this.range(input.from, input.to).filter((a) => !a.status.startsWith('cancelled'));
    const events: EventAttributes[] = rows.map((a) => {
      const start = DateTime.fromISO(a.startsAt, { zone: 'utc' });
      return {
        uid: `${a.id}@rapport.local`,
        start: [start.year, start.month, start.day, start.hour, start.minute],
        startInputType: 'utc',
        startOutputType: 'utc',
        duration: { minutes: a.durationMinutes },
        title: input.includeNames ? `Session: ${a.chosenName}` : 'Client session',
        location: a.modality === 'in-person' ? a.location : a.modality === 'video' ? 'Video' : 'Phone',
        productId: 'rapport',
      };
    });
    if (events.length === 0) return { ics: '', count: 0 };
    const { error, value } = createEvents(events);
    if (error || !value) throw new AppError('INTERNAL', 'The calendar file could not be made.');
    appendAudit(this.db(), {
      action: 'calendar.exported',
      detail: input.includeNames ? 'with names' : 'no names',
    });
    return { ics: value, count: events.length };
  }

  private require(db: Db, id: string): appointments.AppointmentRow {
    const row = appointments.getAppointment(db, id);
    if (!row) throw new AppError('NOT_FOUND', 'That appointment is not in this vault.');
    return row;
  }
}
