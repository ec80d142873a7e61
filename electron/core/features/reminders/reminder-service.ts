import { basename } from 'node:path';
import { DateTime } from 'luxon';
import type { ChannelOutput } from '../../../../shared/contract';
import { appLocale, inLocale } from '../../../../shared/dates/app-locale';
import { formatClock } from '../../../../shared/dates/format-moment';
import { fullDay } from '../../../../shared/dates/practice-time';
import type { TomorrowReminder } from '../../../../shared/reminders/reminder-contract';
import {
  DEFAULT_TEMPLATE,
  fillTemplate,
  reminderTemplate,
  type ReminderTemplate,
} from '../../../../shared/reminders/reminder-template';
import * as appointments from '../../db/appointments';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { clearReminderSent, markReminderSent, remindersSent } from '../../db/reminders';
import { readJsonSetting, writeJsonSetting } from '../../db/settings';
import { AppError } from '../../base/app-error';
import { writeFileWhole } from '../../base/durable-write';
import { writeIcs } from './ics-writer';

const TEMPLATE_KEY = 'reminders.template';

export interface ReminderPorts {
  /** The system save dialog; null when the person cancels. */
  choosePath(defaultName: string): Promise<string | null>;
}

/** No client name: a file name shows in folder listings and in the attachment of a message. */
export function reminderFileName(localDate: string): string {
  return `appointment-reminder-${localDate}.ics`;
}

function place(row: appointments.AppointmentRow): string {
  if (row.modality === 'video') return 'video call';
  if (row.modality === 'phone') return 'phone call';
  return row.location.trim() || 'in person';
}

/**
 * Reminders the clinician sends themselves for tomorrow's appointments: a calendar file with an
 * alarm, or a text or email draft from the template. Nothing is sent from here; the clinician
 * marks each one sent. The audit trail names appointments by id only.
 */
export class ReminderService {
  constructor(
    private readonly db: () => Db,
    private readonly sources: {
      timeZone: () => string;
      clinician: () => ChannelOutput<'practice:get'>;
    },
    private readonly ports: ReminderPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  template(): ReminderTemplate {
    const stored = reminderTemplate.safeParse(readJsonSetting(this.db(), TEMPLATE_KEY));
    return stored.success ? stored.data : DEFAULT_TEMPLATE;
  }

  setTemplate(template: ReminderTemplate): ReminderTemplate {
    const db = this.db();
    db.transaction(() => {
      writeJsonSetting(db, TEMPLATE_KEY, template);
      appendAudit(db, { action: 'reminders.template-changed' });
    })();
    return this.template();
  }

  tomorrow(): ChannelOutput<'reminders:tomorrow'> {
    const zone = this.sources.timeZone();
    const date = DateTime.fromJSDate(this.now()).setZone(zone).plus({ days: 1 }).toISODate()!;
    const start = DateTime.fromISO(date, { zone }).startOf('day');
    const db = this.db();
    const rows = appointments
      .appointmentsBetween(db, start.toUTC().toISO()!, start.plus({ days: 1 }).toUTC().toISO()!)
      .filter((row) => !row.status.startsWith('cancelled'));
    const sent = remindersSent(
      db,
      rows.map((row) => row.id),
    );
    return { date, timeZone: zone, reminders: rows.map((row) => this.toReminder(row, sent.get(row.id))) };
  }

  async saveIcs(appointmentId: string): Promise<ChannelOutput<'reminders:saveIcs'>> {
    if (!this.ports)
      throw new AppError('INTERNAL', 'Saving a calendar file is not available in this window.');
    const row = this.require(appointmentId);
    const ics = this.ics(row);
    const path = await this.ports.choosePath(reminderFileName(this.localStart(row).toISODate()!));
    if (path === null) return { status: 'cancelled' };
    writeFileWhole(path, (write) => write(ics), { replace: true });
    appendAudit(this.db(), { action: 'reminder.ics-saved', entity: 'appointment', entityId: appointmentId });
    return { status: 'saved', fileName: basename(path) };
  }

  /** The calendar file for one appointment: the practice's words, never the client's name. */
  ics(row: appointments.AppointmentRow): string {
    const template = this.template();
    const facts = this.facts(row);
    const clinician = facts.clinician ? ` with ${facts.clinician}` : '';
    return writeIcs({
      uid: `${row.id}-reminder@rapport.local`,
      stamp: this.now(),
      start: new Date(row.startsAt),
      durationMinutes: row.durationMinutes,
      summary: `Appointment${clinician}`,
      location: facts.place,
      description: `Your appointment${clinician} on ${facts.date} at ${facts.time}.`,
      alarmMinutesBefore: template.alarmMinutesBefore,
      alarmText: `Appointment${clinician} at ${facts.time}`,
    });
  }

  draft(appointmentId: string): { subject: string; body: string } {
    const row = this.require(appointmentId);
    const draft = fillTemplate(this.template(), this.facts(row));
    appendAudit(this.db(), { action: 'reminder.draft-made', entity: 'appointment', entityId: appointmentId });
    return draft;
  }

  markSent(appointmentId: string, isSent: boolean): TomorrowReminder {
    const db = this.db();
    const row = this.require(appointmentId);
    db.transaction(() => {
      if (isSent) markReminderSent(db, appointmentId, this.now().toISOString());
      else clearReminderSent(db, appointmentId);
      appendAudit(db, {
        action: isSent ? 'reminder.marked-sent' : 'reminder.marked-unsent',
        entity: 'appointment',
        entityId: appointmentId,
      });
    })();
    return this.toReminder(row, remindersSent(db, [appointmentId]).get(appointmentId));
  }

  private facts(row: appointments.AppointmentRow) {
    const local = this.localStart(row);
    const practice = this.sources.clinician();
    return inLocale(this.locale(), () => ({
      date: fullDay(local.toISODate()!),
      time: formatClock(local.toFormat('HH:mm')),
      place: place(row),
      clinician: practice.clinicianName.trim() || practice.practiceName.trim(),
      name: row.chosenName,
    }));
  }

  /** The start in the practice's time zone as it is now (the zone may have moved since booking). */
  private localStart(row: appointments.AppointmentRow): DateTime {
    return DateTime.fromISO(row.startsAt, { zone: 'utc' }).setZone(this.sources.timeZone());
  }

  private toReminder(row: appointments.AppointmentRow, sentAt: string | undefined): TomorrowReminder {
    const local = this.localStart(row);
    return {
      appointmentId: row.id,
      clientId: row.clientId,
      chosenName: row.chosenName,
      localDate: local.toISODate()!,
      localTime: local.toFormat('HH:mm'),
      durationMinutes: row.durationMinutes,
      place: place(row),
      sentAt: sentAt ?? null,
    };
  }

  private require(appointmentId: string): appointments.AppointmentRow {
    const row = appointments.getAppointment(this.db(), appointmentId);
    if (!row) throw new AppError('NOT_FOUND', 'That appointment is not in this vault.');
    return row;
  }
}
