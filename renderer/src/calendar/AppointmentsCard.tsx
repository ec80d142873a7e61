import { useId, useState } from 'react';
import { MODALITY_LABELS } from '../../../shared/notes/note-formats';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { AppointmentDetailsDialog } from './AppointmentDetailsDialog';
import { AttendanceMark } from './AttendanceMark';
import { useAppointmentsInRange } from './calendar-queries';
import { addDays, shortDay, weekStart } from '../../../shared/dates/practice-time';
import { placeIn, timeOf } from '../../../shared/schedule/appointment-time';
import { EditAppointmentDialog } from './EditAppointmentDialog';
import { useAppointmentDialogs } from './use-appointment-dialogs';
import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { firstName } from '../../../shared/text/first-name';
import { UserText } from '../ui/UserText';

interface AppointmentsCardProps {
  zone: string;
  today: string;
}

/** Today's sessions, then the rest of the week, by first name; each opens to mark it or write its note. */
export function AppointmentsCard({ zone, today }: AppointmentsCardProps) {
  const headingId = useId();
  const navigate = useNavigate();
  const weekEnd = addDays(weekStart(today), 6);
  const appointments = useAppointmentsInRange(today, weekEnd);
  const dialogs = useAppointmentDialogs();
  const [message, setMessage] = useState('');
  const list = [...(appointments.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const todays = list.filter((a) => placeIn(a, zone).date === today);
  const later = list.filter((a) => placeIn(a, zone).date !== today && a.status === 'scheduled');

  return (
    <section className="panel home-appointments" aria-labelledby={headingId}>
      <div className="home-card__head">
        <div className="panel__header">
          <h2 id={headingId}>Today</h2>
          {appointments.data && (
            <p>
              {todays.length === 0
                ? 'No appointments today.'
                : `${todays.length} ${todays.length === 1 ? 'appointment' : 'appointments'}.`}
            </p>
          )}
        </div>
        <ActionButton variant="quiet" icon="calendar" onPress={() => navigate({ page: 'calendar' })}>
          Open the calendar
        </ActionButton>
      </div>
      {appointments.isPending && <p className="muted">Loading…</p>}
      {appointments.isError && <Alert tone="error">{appointments.error.message}</Alert>}
      {todays.length > 0 && <AppointmentRows rows={todays} zone={zone} onOpen={dialogs.open} />}
      <p className="home-card__status" role="status">
        {message}
      </p>
      {appointments.data && (
        <>
          <h3 className="home-card__subhead">Later this week</h3>
          {later.length === 0 ? (
            <p className="muted">Nothing else booked this week.</p>
          ) : (
            <AppointmentRows rows={later} zone={zone} withDay onOpen={dialogs.open} />
          )}
        </>
      )}
      <AppointmentDetailsDialog {...dialogs.details(list)} zone={zone} onChanged={setMessage} />
      <EditAppointmentDialog {...dialogs.edit} onSaved={setMessage} />
    </section>
  );
}

function AppointmentRows({
  rows,
  zone,
  withDay = false,
  onOpen,
}: {
  rows: readonly Appointment[];
  zone: string;
  withDay?: boolean;
  onOpen: (appointment: Appointment) => void;
}) {
  return (
    <ul className="home-appointments__list">
      {rows.map((a) => (
        <li key={a.id}>
          <button
            type="button"
            className={`home-appointment agenda__item agenda__item--${a.status}`}
            data-appointment-id={a.id}
            onClick={() => onOpen(a)}
          >
            <span className="agenda__time">
              {withDay && `${shortDay(placeIn(a, zone).date).weekday} `}
              {timeOf(a, zone)}
            </span>
            <span className="agenda__name">
              <UserText inline text={firstName(a.chosenName)} />
            </span>
            <span className="agenda__where">{MODALITY_LABELS[a.modality]}</span>
            <AttendanceMark status={a.status} />
          </button>
        </li>
      ))}
    </ul>
  );
}
