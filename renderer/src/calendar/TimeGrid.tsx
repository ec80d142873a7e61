import type { CSSProperties, MouseEvent } from 'react';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { AttendanceMark } from './AttendanceMark';
import { clockFromMinutes, clockLabel, longDay, shortDay } from '../../../shared/dates/practice-time';
import { timeOf } from '../../../shared/schedule/appointment-time';
import {
  HOUR_HEIGHT,
  hourSpan,
  placeAppointments,
  SNAP_MINUTES,
  type PlacedAppointment,
} from './time-grid-layout';
import { useAppointmentDrag, type DragPreview } from './use-appointment-drag';
import { UserText } from '../ui/UserText';

interface TimeGridProps {
  days: readonly string[];
  appointments: readonly Appointment[];
  zone: string;
  today: string;
  onOpen: (appointment: Appointment) => void;
  onCreateAt: (date: string, time: string) => void;
  onMove: (appointment: Appointment, date: string, time: string) => void;
}

/** Clicking an empty part of a day offers a new appointment starting at the half hour clicked. */
const CLICK_SNAP = 30;

/**
 * Days side by side with the hours down the left, in the practice's time zone. Appointments are
 * buttons (Enter opens one); scheduled ones can be dragged to another time or day.
 */
export function TimeGrid({ days, appointments, zone, today, onOpen, onCreateAt, onMove }: TimeGridProps) {
  const placed = placeAppointments(appointments, zone);
  const { first, last } = hourSpan(placed);
  const hours = Array.from({ length: last - first }, (_, i) => first + i);
  const { preview, handlers, consumeDragClick } = useAppointmentDrag({
    dayCount: days.length,
    firstMinute: first * 60,
    lastMinute: last * 60,
    onDrop: (p, dayShift, newStart) => {
      const dayIndex = days.indexOf(p.date);
      const date = days[dayIndex + dayShift] ?? p.date;
      onMove(p.appointment, date, clockFromMinutes(newStart));
    },
  });

  const createFromClick = (date: string) => (event: MouseEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const offset = event.clientY - event.currentTarget.getBoundingClientRect().top;
    const minutes = first * 60 + Math.floor(((offset / HOUR_HEIGHT) * 60) / CLICK_SNAP) * CLICK_SNAP;
    onCreateAt(date, clockFromMinutes(Math.min(minutes, 23 * 60 + 30)));
  };

  const style = {
    '--hour-height': `${HOUR_HEIGHT}px`,
    '--grid-hours': hours.length,
    '--grid-days': days.length,
  } as CSSProperties;

  return (
    <div className={`time-grid time-grid--${days.length === 1 ? 'day' : 'week'}`} style={style}>
      <div className="time-grid__head" aria-hidden="true">
        <span className="time-grid__corner" />
        {days.map((day) => {
          const { weekday, day: number } = shortDay(day);
          return (
            <div key={day} className="time-grid__day-head" data-today={day === today || undefined}>
              <span className="time-grid__weekday">{weekday}</span>
              <span className="time-grid__date">{number}</span>
            </div>
          );
        })}
      </div>
      <div className="time-grid__body">
        <div className="time-grid__hours" aria-hidden="true">
          {hours.map((hour) => (
            <span key={hour} className="time-grid__hour">
              {clockLabel(hour * 60)}
            </span>
          ))}
        </div>
        {days.map((day, dayIndex) => (
          <div
            key={day}
            className="time-grid__day"
            data-day-column
            data-date={day}
            data-today={day === today || undefined}
            onClick={createFromClick(day)}
          >
            <h3 className="visually-hidden">{longDay(day)}</h3>
            {placed
              .filter((p) => p.date === day)
              .map((p) => (
                <AppointmentBlock
                  key={p.appointment.id}
                  placed={p}
                  first={first}
                  zone={zone}
                  day={day}
                  shift={preview?.id === p.appointment.id ? preview : null}
                  {...handlers(p, dayIndex)}
                  onClick={() => {
                    if (!consumeDragClick()) onOpen(p.appointment);
                  }}
                />
              ))}
          </div>
        ))}
      </div>
    </div>
  );
}

interface AppointmentBlockProps extends ReturnType<ReturnType<typeof useAppointmentDrag>['handlers']> {
  placed: PlacedAppointment;
  first: number;
  zone: string;
  day: string;
  shift: DragPreview | null;
  onClick: () => void;
}

function AppointmentBlock({ placed, first, zone, day, shift, onClick, ...pointer }: AppointmentBlockProps) {
  const { appointment, start, end, lane, lanes } = placed;
  const style = {
    top: `${((start - first * 60) / 60) * HOUR_HEIGHT}px`,
    height: `${Math.max(((end - start) / 60) * HOUR_HEIGHT, (SNAP_MINUTES / 60) * HOUR_HEIGHT) - 2}px`,
    left: `calc(${(lane / lanes) * 100}% + 2px)`,
    width: `calc(${100 / lanes}% - 4px)`,
    transform: shift
      ? `translate(${shift.dayShift * shift.columnWidth}px, ${(shift.minuteShift / 60) * HOUR_HEIGHT}px)`
      : undefined,
  } as CSSProperties;
  const movable = appointment.status === 'scheduled';
  return (
    <button
      type="button"
      className={`appointment-block appointment-block--${appointment.status}`}
      data-appointment-id={appointment.id}
      data-dragging={shift ? true : undefined}
      data-movable={movable || undefined}
      style={style}
      onClick={onClick}
      {...pointer}
    >
      <span className="visually-hidden">{longDay(day)}, </span>
      <span className="appointment-block__line">
        <span className="appointment-block__time">
          {shift ? clockLabel(start + shift.minuteShift) : timeOf(appointment, zone)}
        </span>
        {appointment.status !== 'scheduled' && <AttendanceMark status={appointment.status} variant="icon" />}
      </span>
      <span className="appointment-block__name">
        <UserText inline text={appointment.chosenName} />
      </span>
    </button>
  );
}
