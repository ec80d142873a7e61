import { z } from 'zod';

/*
 * The words of a reminder the clinician sends themselves: a subject and a body with placeholders
 * filled from the appointment. The client's name goes in the subject only when the clinician
 * chooses (a subject shows on a locked phone's screen).
 */
export const PLACEHOLDERS = ['{date}', '{time}', '{place}', '{clinician}', '{name}'] as const;

export const DEFAULT_TEMPLATE = {
  subject: 'Appointment reminder: {date} at {time}',
  body:
    'Hello {name},\n\nThis is a reminder of your appointment with {clinician} on {date} at {time} ({place}).\n\n' +
    'If you cannot come, please let me know as soon as you can.\n\n{clinician}',
  nameInSubject: false,
  alarmMinutesBefore: 1440,
};

export const reminderTemplate = z
  .strictObject({
    subject: z.string().trim().min(1, 'Write a subject.').max(200, 'Keep the subject under 200 characters.'),
    body: z
      .string()
      .trim()
      .min(1, 'Write the message.')
      .max(4000, 'Keep the message under 4,000 characters.'),
    nameInSubject: z.boolean(),
    /** How long before the appointment the calendar file's alarm goes off: 5 minutes to a week. */
    alarmMinutesBefore: z.number().int().min(5, 'At least 5 minutes.').max(10_080, 'At most a week.'),
  })
  .refine((t) => t.nameInSubject || !t.subject.includes('{name}'), {
    path: ['subject'],
    message: 'Remove {name} from the subject, or tick "Client\'s name in the subject".',
  });
export type ReminderTemplate = z.output<typeof reminderTemplate>;

export interface ReminderFacts {
  date: string;
  time: string;
  place: string;
  clinician: string;
  name: string;
}

/** Fills every placeholder; in the subject, the name only when the clinician chose to. */
export function fillTemplate(
  template: ReminderTemplate,
  facts: ReminderFacts,
): { subject: string; body: string } {
  const fill = (text: string, name: string) =>
    text
      .replaceAll('{date}', facts.date)
      .replaceAll('{time}', facts.time)
      .replaceAll('{place}', facts.place)
      .replaceAll('{clinician}', facts.clinician)
      .replaceAll('{name}', name);
  return {
    subject: fill(template.subject, template.nameInSubject ? facts.name : '').trim(),
    body: fill(template.body, facts.name),
  };
}
