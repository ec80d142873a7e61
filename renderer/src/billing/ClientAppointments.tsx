import { useId, useState } from 'react';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { AttendanceMark } from '../calendar/AttendanceMark';
import { compactDay } from '../../../shared/dates/practice-time';
import { timeOf } from '../../../shared/schedule/appointment-time';
import { ActionButton } from '../ui/ActionButton';
import { BILLABLE_STATUSES } from '../../../shared/billing/invoice-line';
import { UserText } from '../ui/UserText';

const PAST_SHOWN = 8;

interface ClientAppointmentsProps {
  appointments: readonly Appointment[];
  zone: string;
  today: string;
  serviceName: (serviceId: string | null) => string;
  onOpen: (appointment: Appointment) => void;
  onNew: () => void;
}

/**
 * The client's appointments with how each went. Late cancellations and no-shows are counted at the
 * top: a pattern there is clinical information, something to bring into the room.
 */
export function ClientAppointments({
  appointments,
  zone,
  today,
  serviceName,
  onOpen,
  onNew,
}: ClientAppointmentsProps) {
  const headingId = useId();
  const [showAllPast, setShowAllPast] = useState(false);
  const upcoming = appointments
    .filter((a) => a.localDate >= today && a.status === 'scheduled')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = appointments
    .filter((a) => !upcoming.includes(a))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const lastYear = past.filter((a) => a.localDate >= yearAgo);
  const count = (status: Appointment['status']) => lastYear.filter((a) => a.status === status).length;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="billing-panel__head">
        <div className="panel__header">
          <h2 id={headingId}>Appointments</h2>
          <p>{upcoming.length === 0 ? 'Nothing booked.' : `${upcoming.length} booked.`}</p>
        </div>
        <ActionButton icon="plus" onPress={onNew}>
          New appointment
        </ActionButton>
      </div>

      {lastYear.length > 0 && (
        <ul className="attendance-counts" aria-label="Attendance over the last twelve months">
          <li className="muted">Last twelve months:</li>
          <li>
            <AttendanceMark status="attended" variant="icon" /> {count('attended')} attended
          </li>
          <li data-notable={count('cancelled-late') > 0 || undefined}>
            <AttendanceMark status="cancelled-late" variant="icon" /> {count('cancelled-late')}{' '}
            {count('cancelled-late') === 1 ? 'late cancellation' : 'late cancellations'}
          </li>
          <li data-notable={count('no-show') > 0 || undefined}>
            <AttendanceMark status="no-show" variant="icon" /> {count('no-show')}{' '}
            {count('no-show') === 1 ? 'no-show' : 'no-shows'}
          </li>
          <li>
            <AttendanceMark status="cancelled-early" variant="icon" /> {count('cancelled-early')} cancelled in
            good time
          </li>
        </ul>
      )}

      {upcoming.length > 0 && (
        <AppointmentTable
          caption="Coming up"
          rows={upcoming}
          today={today}
          zone={zone}
          serviceName={serviceName}
          onOpen={onOpen}
        />
      )}
      {past.length > 0 && (
        <AppointmentTable
          caption="Past"
          rows={showAllPast ? past : past.slice(0, PAST_SHOWN)}
          today={today}
          zone={zone}
          serviceName={serviceName}
          onOpen={onOpen}
        />
      )}
      {past.length > PAST_SHOWN && (
        <div>
          <ActionButton variant="quiet" onPress={() => setShowAllPast(!showAllPast)}>
            {showAllPast ? 'Show fewer' : `Show all ${past.length} past appointments`}
          </ActionButton>
        </div>
      )}
    </section>
  );
}

/** Attended sessions are to invoice; charging a late cancellation or no-show is the clinician's policy. */
function billingWord(a: Appointment): string {
  if (a.invoiced) return 'Invoiced';
  if (a.status === 'attended') return 'To invoice';
  return BILLABLE_STATUSES.has(a.status) ? 'Not invoiced' : '';
}

function AppointmentTable({
  caption,
  rows,
  today,
  zone,
  serviceName,
  onOpen,
}: {
  caption: string;
  rows: readonly Appointment[];
  today: string;
  zone: string;
  serviceName: (serviceId: string | null) => string;
  onOpen: (appointment: Appointment) => void;
}) {
  return (
    <table className="money-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Service</th>
          <th scope="col">Attendance</th>
          <th scope="col">Note</th>
          <th scope="col">Billing</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <td className="money-table__when">
              <button
                type="button"
                className="table-link"
                data-appointment-id={a.id}
                onClick={() => onOpen(a)}
              >
                {compactDay(a.localDate, today)}, {timeOf(a, zone)}
              </button>
            </td>
            <td>{serviceName(a.serviceId)}</td>
            <td>
              <AttendanceMark status={a.status} />
              {a.statusReason && (
                <span className="table-note">
                  <UserText inline text={a.statusReason} />
                </span>
              )}
            </td>
            <td>{a.noteId ? 'Written' : a.status === 'attended' ? 'Not yet' : ''}</td>
            <td>{billingWord(a)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
