import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { TaskDialog } from '../ui/TaskDialog';
import {
  changedFields,
  EDIT_FIELDS,
  editAppointmentSchema,
  editDefaults,
  type EditAppointmentValues,
} from './appointment-form';
import { useUpdateAppointment } from './calendar-queries';
import { SCOPE_OPTIONS } from './scope';
import { SlotFields } from './SlotFields';
import { UserText } from '../ui/UserText';

interface EditAppointmentDialogProps {
  appointment: Appointment | null;
  onClose: () => void;
  onSaved?: (message: string, date: string) => void;
}

/** Moves or changes a scheduled appointment: the keyboard's way to do what dragging does. */
export function EditAppointmentDialog({ appointment, onClose, onSaved }: EditAppointmentDialogProps) {
  const update = useUpdateAppointment();
  return (
    <TaskDialog
      title="Edit appointment"
      subtitle={appointment && <UserText inline text={appointment.chosenName} />}
      subject={appointment}
      task={update}
      onClose={onClose}
      width="wide"
    >
      {(appointment, close) => (
        <EditForm appointment={appointment} update={update} close={close} onSaved={onSaved} />
      )}
    </TaskDialog>
  );
}

function EditForm({
  appointment,
  update,
  close,
  onSaved,
}: Pick<EditAppointmentDialogProps, 'onSaved'> & {
  appointment: Appointment;
  update: ReturnType<typeof useUpdateAppointment>;
  close: () => void;
}) {
  const { control, handleSubmit, setError } = useForm<EditAppointmentValues>({
    resolver: zodResolver(editAppointmentSchema),
    defaultValues: editDefaults(appointment),
  });
  const busy = update.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    const changes = changedFields(appointment, values);
    if (Object.keys(changes).length === 0) {
      close();
      return;
    }
    update.mutate(
      { id: appointment.id, scope: values.scope, changes },
      {
        onSuccess: (changed) => {
          onSaved?.(
            changed.length === 1 ? 'Appointment changed.' : `${changed.length} appointments changed.`,
            changed[0]?.localDate ?? values.date,
          );
          close();
        },
      },
    );
  });
  const formError = update.isError ? applyServerError(update.error, EDIT_FIELDS, setError) : null;

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <SlotFields control={control} isReadOnly={busy} />
      {appointment.seriesId && (
        <Controller
          control={control}
          name="scope"
          render={({ field }) => (
            <ChoiceGroup
              label="Apply to"
              value={field.value}
              onChange={field.onChange}
              options={SCOPE_OPTIONS}
              isDisabled={busy}
            />
          )}
        />
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Saving…">
          Save changes
        </ActionButton>
        <ActionButton variant="quiet" onPress={close} isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
