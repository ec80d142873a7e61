import { useEffect, useId, useRef, useState } from 'react';
import { MODALITY_LABELS } from '../../../shared/notes/note-formats';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { useServices } from '../fees/fees-queries';
import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ModalDialog } from '../ui/ModalDialog';
import { AttendanceMark } from './AttendanceMark';
import { useSetAttendance, useStartNote } from './calendar-queries';
import { longDay } from '../../../shared/dates/practice-time';
import { timeRangeOf } from '../../../shared/schedule/appointment-time';
import { CancelAppointmentForm } from './CancelAppointmentForm';
import { useOpenNote } from '../notes/use-open-note';
import { UserText } from '../ui/UserText';

interface AppointmentDetailsDialogProps {
  /** False on the client's own page, where a link to it would go nowhere new. */
  showClientLink?: boolean;
  appointment: Appointment | null;
  zone: string;
  onClose: () => void;
  onEdit: (appointment: Appointment) => void;
  onChanged: (message: string) => void;
}

/** One appointment: what, when and where, how it went, and what can be done with it now. */
export function AppointmentDetailsDialog({
  showClientLink = true,
  appointment,
  zone,
  onClose,
  onEdit,
  onChanged,
}: AppointmentDetailsDialogProps) {
  const [cancelling, setCancelling] = useState(false);
  const [justCancelled, setJustCancelled] = useState(false);
  const setStatus = useSetAttendance();
  const startNote = useStartNote();
  const close = () => {
    setCancelling(false);
    setJustCancelled(false);
    setStatus.reset();
    startNote.reset();
    onClose();
  };
  return (
    <ModalDialog
      title={appointment?.chosenName ?? ''}
      subtitle={appointment && `${longDay(appointment.localDate)}, ${timeRangeOf(appointment, zone)}`}
      isOpen={appointment !== null}
      onClose={close}
      isBusy={setStatus.isPending || startNote.isPending}
    >
      {appointment &&
        (cancelling ? (
          <CancelAppointmentForm
            appointment={appointment}
            onBack={() => setCancelling(false)}
            onDone={(message) => {
              setCancelling(false);
              setJustCancelled(true);
              onChanged(message);
            }}
          />
        ) : (
          <Details
            appointment={appointment}
            setStatus={setStatus}
            startNote={startNote}
            focusStatus={justCancelled}
            onCancel={() => setCancelling(true)}
            onEdit={() => onEdit(appointment)}
            onChanged={onChanged}
            onLeave={close}
            showClientLink={showClientLink}
          />
        ))}
    </ModalDialog>
  );
}

function Details({
  appointment,
  focusStatus,
  setStatus,
  startNote,
  onCancel,
  onEdit,
  onChanged,
  onLeave,
  showClientLink,
}: {
  appointment: Appointment;
  /** Start with focus on the attendance, e.g. back from recording a cancellation. */
  focusStatus: boolean;
  setStatus: ReturnType<typeof useSetAttendance>;
  startNote: ReturnType<typeof useStartNote>;
  onCancel: () => void;
  onEdit: () => void;
  onChanged: (message: string) => void;
  onLeave: () => void;
  showClientLink: boolean;
}) {
  const attendanceId = useId();
  const services = useServices();
  const openNote = useOpenNote();
  const navigate = useNavigate();
  const service = services.data?.find((s) => s.id === appointment.serviceId);
  const busy = setStatus.isPending || startNote.isPending;
  // A change of attendance removes the button that made it; focus goes to the new attendance
  // (read out by a screen reader) rather than falling out of the dialog.
  const statusRef = useRef<HTMLElement>(null);
  const shownStatus = useRef(focusStatus ? null : appointment.status);
  useEffect(() => {
    if (shownStatus.current !== appointment.status) statusRef.current?.focus();
    shownStatus.current = appointment.status;
  }, [appointment.status]);
  const mark = (status: 'attended' | 'no-show' | 'scheduled', message: string) => {
    if (!busy) setStatus.mutate({ id: appointment.id, status }, { onSuccess: () => onChanged(message) });
  };
  const writeNote = () => {
    if (busy) return;
    startNote.mutate(
      { id: appointment.id },
      {
        onSuccess: ({ noteId }) => {
          onLeave();
          openNote(appointment.clientId, noteId);
        },
      },
    );
  };
  const where = [MODALITY_LABELS[appointment.modality], appointment.location].filter(Boolean).join(' · ');

  return (
    <div className="stack">
      <dl className="facts">
        <div>
          <dt>Attendance</dt>
          <dd ref={statusRef} tabIndex={-1} className="facts__focus">
            <AttendanceMark status={appointment.status} />
            {appointment.statusReason && (
              <span className="facts__note">
                <UserText inline text={appointment.statusReason} />
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            <UserText text={where} />
          </dd>
        </div>
        <div>
          <dt>Service</dt>
          <dd>
            <UserText
              text={service ? `${service.name}${service.code ? ` (${service.code})` : ''}` : 'None'}
            />
          </dd>
        </div>
        {appointment.seriesId && (
          <div>
            <dt>Series</dt>
            <dd>Part of a repeating series</dd>
          </div>
        )}
        {appointment.invoiced && (
          <div>
            <dt>Billing</dt>
            <dd>On an invoice</dd>
          </div>
        )}
      </dl>

      {setStatus.isError && <Alert tone="error">{setStatus.error.message}</Alert>}
      {startNote.isError && <Alert tone="error">{startNote.error.message}</Alert>}

      {appointment.status === 'scheduled' && (
        <div className="stack--tight" role="group" aria-labelledby={attendanceId}>
          <h3 id={attendanceId} className="dialog-section-title">
            Record attendance
          </h3>
          <div className="button-row">
            <ActionButton onPress={() => mark('attended', 'Marked as attended.')} isDisabled={busy}>
              Attended
            </ActionButton>
            <ActionButton onPress={() => mark('no-show', 'Marked as a no-show.')} isDisabled={busy}>
              No-show
            </ActionButton>
            <ActionButton onPress={onCancel} isDisabled={busy}>
              Cancelled…
            </ActionButton>
          </div>
        </div>
      )}
      <div className="form-actions">
        {appointment.status === 'scheduled' && (
          <ActionButton onPress={onEdit} isDisabled={busy}>
            Edit or move…
          </ActionButton>
        )}
        {appointment.status === 'attended' && (
          <ActionButton
            variant="primary"
            onPress={writeNote}
            isPending={startNote.isPending}
            pendingLabel="Opening the note…"
          >
            {appointment.noteId ? 'Open note' : 'Write note'}
          </ActionButton>
        )}
        {appointment.status !== 'scheduled' && !appointment.invoiced && (
          <ActionButton onPress={() => mark('scheduled', 'Set back to scheduled.')} isDisabled={busy}>
            Set back to scheduled
          </ActionButton>
        )}
        {showClientLink && (
          <ActionButton
            variant="quiet"
            isDisabled={busy}
            onPress={() => {
              onLeave();
              navigate({ page: 'client', clientId: appointment.clientId, tab: 'billing' });
            }}
          >
            Client’s appointments
          </ActionButton>
        )}
        <ActionButton variant="quiet" onPress={onLeave} isDisabled={busy}>
          Close
        </ActionButton>
      </div>
    </div>
  );
}
