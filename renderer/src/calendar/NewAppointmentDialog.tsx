import { zodResolver } from '@hookform/resolvers/zod';
import { DateTime } from 'luxon';
import { Form } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { FormNumberField } from '../ui/FormNumberField';
import { FormTextField } from '../ui/FormTextField';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { SelectField } from '../ui/SelectField';
import { TaskDialog } from '../ui/TaskDialog';
import {
  NEW_FIELDS,
  newAppointmentSchema,
  REPEAT_CHOICES,
  toCreateInput,
  type NewAppointmentValues,
} from './appointment-form';
import { fullDay, weekdayName } from '../../../shared/dates/practice-time';
import { useCreateAppointments } from './calendar-queries';
import { ClientPicker } from './ClientPicker';
import { SlotFields } from './SlotFields';

export interface NewAppointmentStart {
  date: string;
  time: string;
  /** Set when booking from a client's page. */
  clientId?: string;
}

interface NewAppointmentDialogProps {
  start: NewAppointmentStart | null;
  onClose: () => void;
  /** Told the first date booked, so the calendar can show it. */
  onCreated?: (firstDate: string, count: number) => void;
}

export function NewAppointmentDialog({ start, onClose, onCreated }: NewAppointmentDialogProps) {
  const create = useCreateAppointments();
  return (
    <TaskDialog title="New appointment" subject={start} task={create} onClose={onClose} width="wide">
      {(start, close) => (
        <NewAppointmentForm start={start} create={create} close={close} onCreated={onCreated} />
      )}
    </TaskDialog>
  );
}

function NewAppointmentForm({
  start,
  create,
  close,
  onCreated,
}: Pick<NewAppointmentDialogProps, 'onCreated'> & {
  start: NewAppointmentStart;
  create: ReturnType<typeof useCreateAppointments>;
  close: () => void;
}) {
  const { control, handleSubmit, setError, setValue } = useForm<NewAppointmentValues>({
    resolver: zodResolver(newAppointmentSchema),
    defaultValues: {
      clientId: start.clientId ?? '',
      date: start.date,
      time: start.time,
      durationMinutes: 50,
      modality: 'in-person',
      location: '',
      serviceId: '',
      repeat: 'none',
      endBy: 'count',
      count: 10,
      until: '',
    },
  });
  const repeat = useWatch({ control, name: 'repeat' });
  const endBy = useWatch({ control, name: 'endBy' });
  const date = useWatch({ control, name: 'date' });
  const busy = create.isPending;

  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    create.mutate(toCreateInput(values), {
      onSuccess: (created) => {
        onCreated?.(created[0]?.localDate ?? values.date, created.length);
        close();
      },
    });
  });
  const formError = create.isError ? applyServerError(create.error, NEW_FIELDS, setError) : null;

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      {!start.clientId && (
        <Controller
          control={control}
          name="clientId"
          render={({ field, fieldState }) => (
            <ClientPicker
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              autoFocus
            />
          )}
        />
      )}
      <SlotFields
        control={control}
        isReadOnly={busy}
        onServiceChosen={(minutes) => setValue('durationMinutes', minutes, { shouldValidate: true })}
      />
      <div className="repeat-fields">
        <Controller
          control={control}
          name="repeat"
          render={({ field }) => (
            <SelectField
              label="Repeat"
              value={field.value}
              options={REPEAT_CHOICES}
              onChange={field.onChange}
              description={
                field.value === 'none' || !DateTime.fromISO(date).isValid
                  ? undefined
                  : `${field.value === '1' ? 'Every' : 'Every other'} ${weekdayName(date)} at the same time, from ${fullDay(date)}.`
              }
              isDisabled={busy}
            />
          )}
        />
        {repeat !== 'none' && (
          <div className="repeat-fields__end">
            <Controller
              control={control}
              name="endBy"
              render={({ field }) => (
                <ChoiceGroup
                  label="Ends"
                  value={field.value}
                  onChange={field.onChange}
                  orientation="horizontal"
                  options={[
                    { value: 'count', label: 'After a number of sessions' },
                    { value: 'until', label: 'On a date' },
                  ]}
                  isDisabled={busy}
                />
              )}
            />
            {endBy === 'count' ? (
              <FormNumberField
                control={control}
                name="count"
                label="Number of sessions"
                minValue={2}
                maxValue={104}
                isReadOnly={busy}
              />
            ) : (
              <FormTextField control={control} name="until" label="Last session on or before" type="date" />
            )}
          </div>
        )}
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Booking…">
          {repeat === 'none' ? 'Book appointment' : 'Book series'}
        </ActionButton>
        <ActionButton variant="quiet" onPress={close} isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
