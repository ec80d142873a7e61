import { z } from 'zod';
import { channels, type ChannelInput } from '../../../shared/contract';
import { MODALITIES } from '../../../shared/notes/note-formats';
import type { Appointment } from '../../../shared/schedule/schedule-contract';

/**
 * The appointment form's fields. Each field reuses the contract's own rule, so the form refuses
 * exactly what the main side would; the repeat choice is flattened into fields a person fills in
 * and folded back into the contract's `repeat` on submit.
 */
const create = channels['appointments:create'].input.shape;

export const REPEAT_CHOICES = [
  { id: 'none', label: 'Does not repeat' },
  { id: '1', label: 'Every week' },
  { id: '2', label: 'Every two weeks' },
] as const;
export type RepeatChoice = (typeof REPEAT_CHOICES)[number]['id'];

const slot = {
  date: create.date,
  time: create.time,
  durationMinutes: z.number('Enter the length in minutes.').pipe(create.durationMinutes),
  modality: z.enum(MODALITIES),
  location: z.string().max(500, 'Keep this under 500 characters.'),
  /** '' for none: select options need a string key. */
  serviceId: z.string(),
};

export const newAppointmentSchema = z
  .object({
    clientId: z.string().min(1, 'Choose a client.'),
    ...slot,
    repeat: z.enum(['none', '1', '2']),
    endBy: z.enum(['count', 'until']),
    count: z.number().optional(),
    until: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.repeat === 'none') return;
    if (v.endBy === 'count') {
      if (v.count === undefined || !Number.isInteger(v.count) || v.count < 2 || v.count > 104) {
        ctx.addIssue({ code: 'custom', path: ['count'], message: 'From 2 to 104 sessions.' });
      }
    } else if (!create.date.safeParse(v.until).success) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'Enter the date of the last session.' });
    } else if (v.until < v.date) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'The end date is before the first session.' });
    }
  });

export const editAppointmentSchema = z.object({ ...slot, scope: z.enum(['one', 'following']) });

export type NewAppointmentValues = z.infer<typeof newAppointmentSchema>;
export type EditAppointmentValues = z.infer<typeof editAppointmentSchema>;

export const NEW_FIELDS = [
  'clientId',
  'date',
  'time',
  'durationMinutes',
  'modality',
  'location',
  'serviceId',
  'count',
  'until',
] as const;
export const EDIT_FIELDS = ['date', 'time', 'durationMinutes', 'modality', 'location', 'serviceId'] as const;

export function toCreateInput(values: NewAppointmentValues): ChannelInput<'appointments:create'> {
  return {
    clientId: values.clientId,
    date: values.date,
    time: values.time,
    durationMinutes: values.durationMinutes,
    modality: values.modality,
    location: values.location,
    serviceId: values.serviceId || null,
    ...(values.repeat !== 'none' && {
      repeat: {
        everyWeeks: Number(values.repeat),
        ...(values.endBy === 'count' ? { count: values.count } : { until: values.until }),
      },
    }),
  };
}

export function editDefaults(appointment: Appointment): EditAppointmentValues {
  return {
    date: appointment.localDate,
    time: appointment.localTime,
    durationMinutes: appointment.durationMinutes,
    modality: appointment.modality,
    location: appointment.location,
    serviceId: appointment.serviceId ?? '',
    scope: 'one',
  };
}

/** Only what the clinician changed, so "this and all following" moves dates without resetting times. */
export function changedFields(
  appointment: Appointment,
  values: EditAppointmentValues,
): ChannelInput<'appointments:update'>['changes'] {
  const before = editDefaults(appointment);
  const changes: ChannelInput<'appointments:update'>['changes'] = {};
  if (values.date !== before.date) changes.date = values.date;
  if (values.time !== before.time) changes.time = values.time;
  if (values.durationMinutes !== before.durationMinutes) changes.durationMinutes = values.durationMinutes;
  if (values.modality !== before.modality) changes.modality = values.modality;
  if (values.location !== before.location) changes.location = values.location;
  if (values.serviceId !== before.serviceId) changes.serviceId = values.serviceId || null;
  return changes;
}
