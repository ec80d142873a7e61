import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { MODALITIES } from '../notes/note-formats';

const id = z.uuid('Unknown record.');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30.');
const duration = z.number().int().min(5, 'At least 5 minutes.').max(600, 'At most 10 hours.');

export const ATTENDANCE = ['scheduled', 'attended', 'cancelled-early', 'cancelled-late', 'no-show'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  scheduled: 'Scheduled',
  attended: 'Attended',
  'cancelled-early': 'Cancelled in good time',
  'cancelled-late': 'Late cancellation',
  'no-show': 'No-show',
};

export const appointment = z.object({
  id: z.string(),
  clientId: z.string(),
  chosenName: z.string(),
  seriesId: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  localDate: z.string(),
  localTime: z.string(),
  durationMinutes: z.number(),
  modality: z.enum(MODALITIES),
  location: z.string(),
  serviceId: z.string().nullable(),
  status: z.enum(ATTENDANCE),
  statusReason: z.string(),
  noteId: z.string().nullable(),
  invoiced: z.boolean(),
});

const editable = {
  date: calendarDate,
  time: clock,
  durationMinutes: duration,
  modality: z.enum(MODALITIES),
  location: z.string().max(500),
  serviceId: id.nullable(),
};

export const scheduleChannels = {
  'appointments:range': {
    input: z.strictObject({ from: calendarDate, to: calendarDate }),
    output: z.array(appointment),
  },
  'appointments:forClient': { input: z.strictObject({ clientId: id }), output: z.array(appointment) },
  'appointments:create': {
    input: z.strictObject({
      clientId: id,
      ...editable,
      location: editable.location.default(''),
      serviceId: editable.serviceId.default(null),
      repeat: z
        .strictObject({
          everyWeeks: z.number().int().min(1).max(8),
          count: z.number().int().min(2).max(104).optional(),
          until: calendarDate.optional(),
        })
        .refine(
          (r) => (r.count === undefined) !== (r.until === undefined),
          'Choose a number of sessions or an end date.',
        )
        .optional(),
    }),
    output: z.array(appointment),
  },
  'appointments:update': {
    input: z.strictObject({
      id,
      /** One occurrence, or this one and every later scheduled one in its series. */
      scope: z.enum(['one', 'following']),
      changes: z.strictObject(editable).partial(),
    }),
    output: z.array(appointment),
  },
  'appointments:setStatus': {
    input: z
      .strictObject({
        id,
        scope: z.enum(['one', 'following']).default('one'),
        status: z.enum(ATTENDANCE),
        reason: z.string().max(2000).default(''),
      })
      .superRefine((v, ctx) => {
        if (v.status.startsWith('cancelled') && !v.reason.trim()) {
          ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Note why the session was cancelled.' });
        }
      }),
    output: z.array(appointment),
  },
  'appointments:startNote': {
    input: z.strictObject({ id, format: z.enum(['SOAP', 'DAP', 'BIRP', 'GIRP']).default('SOAP') }),
    output: z.object({ noteId: z.string() }),
  },
  'calendar:exportIcs': {
    input: z.strictObject({ from: calendarDate, to: calendarDate, includeNames: z.boolean().default(false) }),
    output: z.object({ ics: z.string(), count: z.number() }),
  },
} as const;

export type Appointment = z.output<typeof appointment>;
