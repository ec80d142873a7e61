import { MODALITY_LABELS } from '../../../shared/notes/note-formats';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { AttendanceMark } from './AttendanceMark';
import { fullDay } from '../../../shared/dates/practice-time';
import { placeIn, timeRangeOf } from '../../../shared/schedule/appointment-time';
import { UserText } from '../ui/UserText';

interface AgendaListProps {
  appointments: readonly Appointment[];
  zone: string;
  today: string;
  onOpen: (appointment: Appointment) => void;
}

/** The appointments of the coming weeks as a plain list by day: the calendar for reading aloud. */
export function AgendaList({ appointments, zone, today, onOpen }: AgendaListProps) {
  const byDay = new Map<string, Appointment[]>();
  for (const appointment of [...appointments].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const { date } = placeIn(appointment, zone);
    byDay.set(date, [...(byDay.get(date) ?? []), appointment]);
  }
  if (byDay.size === 0) {
    return <p className="empty-state">No appointments in these four weeks.</p>;
  }
  return (
    <div className="agenda">
      {[...byDay].map(([day, list]) => (
        <section key={day} className="agenda__day" aria-labelledby={`agenda-${day}`}>
          <h3 id={`agenda-${day}`} className="agenda__date">
            {fullDay(day)}
            {day === today && <span className="agenda__today">Today</span>}
          </h3>
          <ul className="agenda__list">
            {list.map((appointment) => (
              <li key={appointment.id}>
                <button
                  type="button"
                  className={`agenda__item agenda__item--${appointment.status}`}
                  data-appointment-id={appointment.id}
                  onClick={() => onOpen(appointment)}
                >
                  <span className="agenda__time">{timeRangeOf(appointment, zone)}</span>
                  <span className="agenda__name">
                    <UserText inline text={appointment.chosenName} />
                  </span>
                  <span className="agenda__where">{MODALITY_LABELS[appointment.modality]}</span>
                  <AttendanceMark status={appointment.status} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
