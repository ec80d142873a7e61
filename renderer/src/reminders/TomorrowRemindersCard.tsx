import { useId, useState } from 'react';
import { formatClock } from '../../../shared/dates/format-moment';
import { fullDay } from '../../../shared/dates/practice-time';
import { firstName } from '../../../shared/text/first-name';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CheckboxField } from '../ui/CheckboxField';
import { UserText } from '../ui/UserText';
import {
  useMarkReminderSent,
  useReminderDraft,
  useSaveReminderIcs,
  useTomorrowReminders,
} from './reminder-queries';
import './reminders.css';

/**
 * For Home: tomorrow's appointments, in the practice's time zone, each with its reminder to send:
 * a calendar file (with an alarm) to attach, or a text or email draft copied from the template in
 * Settings. Rapport sends nothing; the clinician ticks each one off when sent.
 */
export function TomorrowRemindersCard() {
  const headingId = useId();
  const tomorrow = useTomorrowReminders();
  const saveIcs = useSaveReminderIcs();
  const draft = useReminderDraft();
  const mark = useMarkReminderSent();
  const [done, setDone] = useState<string | null>(null);
  const reminders = tomorrow.data?.reminders ?? [];
  const left = reminders.filter((r) => !r.sentAt).length;

  const copy = (appointmentId: string) =>
    draft.mutate(appointmentId, {
      onSuccess: async ({ subject, body }) => {
        await navigator.clipboard.writeText(`${subject}\n\n${body}`);
        setDone('Reminder copied: paste it into your message.');
      },
    });
  const save = (appointmentId: string) =>
    saveIcs.mutate(appointmentId, {
      onSuccess: (saved) => setDone(saved.status === 'saved' ? `Saved ${saved.fileName}.` : null),
    });

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Reminders for tomorrow</h2>
        {tomorrow.data && (
          <p>
            {fullDay(tomorrow.data.date)}, {tomorrow.data.timeZone.replace(/_/g, ' ')} time.{' '}
            {reminders.length === 0 ? 'No appointments.' : left === 0 ? 'All sent.' : `${left} to send.`}
          </p>
        )}
      </div>
      {tomorrow.isPending && <p className="muted">Loading…</p>}
      {tomorrow.isError && <Alert tone="error">{tomorrow.error.message}</Alert>}
      {(saveIcs.error ?? draft.error ?? mark.error) && (
        <Alert tone="error">{(saveIcs.error ?? draft.error ?? mark.error)!.message}</Alert>
      )}
      {done && <Alert tone="success">{done}</Alert>}
      {reminders.length > 0 && (
        <ul className="reminder-list">
          {reminders.map((reminder) => (
            <li key={reminder.appointmentId} className="reminder">
              <span className="reminder__when">{formatClock(reminder.localTime)}</span>
              <span className="reminder__who">
                <UserText inline text={firstName(reminder.chosenName)} />
              </span>
              <span className="reminder__actions">
                <ActionButton variant="quiet" onPress={() => save(reminder.appointmentId)}>
                  Save .ics
                </ActionButton>
                <ActionButton variant="quiet" onPress={() => copy(reminder.appointmentId)}>
                  Copy message
                </ActionButton>
                <CheckboxField
                  isSelected={reminder.sentAt !== null}
                  isDisabled={mark.isPending}
                  onChange={(sent) => mark.mutate({ appointmentId: reminder.appointmentId, sent })}
                >
                  Sent
                </CheckboxField>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
