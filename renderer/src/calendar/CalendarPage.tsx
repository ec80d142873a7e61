import { useState } from 'react';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { useBillingSettings } from '../fees/fees-queries';
import { PageHeader } from '../ui/PageHeader';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { AgendaList } from './AgendaList';
import { AppointmentDetailsDialog } from './AppointmentDetailsDialog';
import { AttendanceLegend } from './AttendanceLegend';
import { CalendarToolbar } from './CalendarToolbar';
import { useAppointmentsInRange, useUpdateAppointment } from './calendar-queries';
import {
  addDays,
  clockFromMinutes,
  clockLabel,
  longDay,
  minutesFromClock,
  todayIn,
} from '../../../shared/dates/practice-time';
import { placeIn } from '../../../shared/schedule/appointment-time';
import { daysOf, stepDays, visibleRange, type CalendarView } from './calendar-views';
import { EditAppointmentDialog } from './EditAppointmentDialog';
import { useAppointmentDialogs } from './use-appointment-dialogs';
import { ExportIcsDialog } from './ExportIcsDialog';
import { MoveScopeDialog, type PendingMove } from './MoveScopeDialog';
import { NewAppointmentDialog, type NewAppointmentStart } from './NewAppointmentDialog';
import type { SeriesScope } from './scope';
import { TimeGrid } from './TimeGrid';
import '../ui/controls.css';
import './calendar.css';

export function CalendarPage() {
  const settings = useBillingSettings();
  return (
    <div className="calendar-page">
      {settings.data ? (
        <Calendar zone={settings.data.timeZone} />
      ) : (
        <>
          <PageHeader title="Calendar" />
          {settings.isPending && <p className="muted">Loading…</p>}
          {settings.isError && <Alert tone="error">{settings.error.message}</Alert>}
        </>
      )}
    </div>
  );
}

function Calendar({ zone }: { zone: string }) {
  const [today] = useState(() => todayIn(zone));
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(today);
  const dialogs = useAppointmentDialogs();
  const [newStart, setNewStart] = useState<NewAppointmentStart | null>(null);
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState('');
  const range = visibleRange(view, anchor);
  const appointments = useAppointmentsInRange(range.from, range.to);
  const update = useUpdateAppointment();
  const list = appointments.data ?? [];

  const move = (appointment: Appointment, date: string, time: string, scope: SeriesScope) => {
    const placed = placeIn(appointment, zone);
    const changes = {
      ...(date !== placed.date && { date }),
      ...(time !== clockFromMinutes(placed.minutes) && { time }),
    };
    update.mutate(
      { id: appointment.id, scope, changes },
      {
        onSuccess: (changed) => {
          setPendingMove(null);
          const where = `${longDay(date)} at ${clockLabel(minutesFromClock(time))}`;
          setMessage(
            changed.length === 1
              ? `Moved to ${where}.`
              : `Moved ${changed.length} appointments, starting ${where}.`,
          );
        },
        onError: (error) => {
          if (!pendingMove) setMessage(error.message);
        },
      },
    );
  };

  return (
    <>
      <div className="calendar-heading">
        <PageHeader title="Calendar" />
        <ActionButton
          variant="primary"
          icon="plus"
          onPress={() => setNewStart({ date: view === 'day' ? anchor : today, time: '09:00' })}
        >
          New appointment
        </ActionButton>
      </div>
      <CalendarToolbar
        view={view}
        range={range}
        onViewChange={setView}
        onStep={(direction) => setAnchor(addDays(anchor, direction * stepDays(view)))}
        onToday={() => setAnchor(today)}
        onExport={() => setExporting(true)}
      />
      <p className="calendar__status" role="status">
        {message}
      </p>
      {appointments.isError && <Alert tone="error">{appointments.error.message}</Alert>}
      {view === 'agenda' ? (
        <AgendaList appointments={list} zone={zone} today={today} onOpen={dialogs.open} />
      ) : (
        <TimeGrid
          days={daysOf(range)}
          appointments={list}
          zone={zone}
          today={today}
          onOpen={dialogs.open}
          onCreateAt={(date, time) => setNewStart({ date, time })}
          onMove={(appointment, date, time) => {
            setMessage('');
            if (appointment.seriesId) setPendingMove({ appointment, date, time });
            else move(appointment, date, time, 'one');
          }}
        />
      )}
      <AttendanceLegend dragHint={view !== 'agenda'} />

      <AppointmentDetailsDialog {...dialogs.details(list)} zone={zone} onChanged={setMessage} />
      <EditAppointmentDialog
        {...dialogs.edit}
        onSaved={(text, date) => {
          setMessage(text);
          if (date < range.from || date > range.to) setAnchor(date);
        }}
      />
      <NewAppointmentDialog
        start={newStart}
        onClose={() => setNewStart(null)}
        onCreated={(firstDate, count) => {
          setMessage(count === 1 ? 'Appointment booked.' : `${count} appointments booked.`);
          if (firstDate < range.from || firstDate > range.to) setAnchor(firstDate);
        }}
      />
      <MoveScopeDialog
        move={pendingMove}
        isPending={update.isPending}
        error={pendingMove && update.isError ? update.error.message : null}
        onConfirm={(scope) =>
          pendingMove && move(pendingMove.appointment, pendingMove.date, pendingMove.time, scope)
        }
        onClose={() => {
          update.reset();
          setPendingMove(null);
        }}
      />
      <ExportIcsDialog
        isOpen={exporting}
        defaultRange={{ from: range.from, to: addDays(range.from, 7 * 12 - 1) }}
        onClose={() => setExporting(false)}
      />
    </>
  );
}
