import { z } from 'zod';
import { reminderTemplate } from './reminder-template';

const id = z.uuid('Unknown record.');

export const tomorrowReminder = z.object({
  appointmentId: z.string(),
  clientId: z.string(),
  chosenName: z.string(),
  /** The local day and time in the practice's time zone. */
  localDate: z.string(),
  localTime: z.string(),
  durationMinutes: z.number(),
  place: z.string(),
  sentAt: z.string().nullable(),
});
export type TomorrowReminder = z.output<typeof tomorrowReminder>;

export const reminderChannels = {
  'reminders:template': { input: z.strictObject({}), output: reminderTemplate },
  'reminders:setTemplate': { input: reminderTemplate, output: reminderTemplate },
  /** Tomorrow's appointments in the practice's time zone (cancelled ones left out), with whether each reminder went. */
  'reminders:tomorrow': {
    input: z.strictObject({}),
    output: z.object({ date: z.string(), timeZone: z.string(), reminders: z.array(tomorrowReminder) }),
  },
  /** Asks where to save (the system dialog) and writes the appointment's .ics with its alarm. */
  'reminders:saveIcs': {
    input: z.strictObject({ appointmentId: id }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), fileName: z.string() }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
  /** The text or email draft from the template; the screen copies it to the clipboard. */
  'reminders:draft': {
    input: z.strictObject({ appointmentId: id }),
    output: z.object({ subject: z.string(), body: z.string() }),
  },
  'reminders:markSent': {
    input: z.strictObject({ appointmentId: id, sent: z.boolean() }),
    output: tomorrowReminder,
  },
} as const;
