import { useState } from 'react';
import { FieldError, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { useSetAttendance } from './calendar-queries';
import { SCOPE_OPTIONS, type SeriesScope } from './scope';

type Kind = 'cancelled-late' | 'cancelled-early';

/**
 * Records a cancellation with its reason. Whether it was late matters clinically (a pattern of
 * late cancellations is something to talk about), so the choice is explicit, never defaulted away.
 */
export function CancelAppointmentForm({
  appointment,
  onDone,
  onBack,
}: {
  appointment: Appointment;
  onDone: (message: string) => void;
  onBack: () => void;
}) {
  const setStatus = useSetAttendance();
  const [kind, setKind] = useState<Kind | null>(null);
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<SeriesScope>('one');
  const [errors, setErrors] = useState<{ kind?: string; reason?: string }>({});
  const busy = setStatus.isPending;

  const submit = () => {
    const found = {
      kind: kind ? undefined : 'Choose whether the cancellation was late.',
      reason: reason.trim() ? undefined : 'Note why the session was cancelled.',
    };
    setErrors(found);
    if (!kind || found.reason || busy) return;
    setStatus.mutate(
      { id: appointment.id, status: kind, reason, scope },
      {
        onSuccess: (changed) =>
          onDone(
            changed.length === 1 ? 'Cancellation recorded.' : `${changed.length} appointments cancelled.`,
          ),
      },
    );
  };

  return (
    <Form
      className="stack--tight cancel-form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <ChoiceGroup<Kind>
        label="Cancellation"
        value={kind}
        onChange={setKind}
        error={errors.kind}
        isDisabled={busy}
        options={[
          { value: 'cancelled-early', label: 'In good time', hint: 'Not billable.' },
          {
            value: 'cancelled-late',
            label: 'Late cancellation',
            hint: 'Shown on the client’s page and may be invoiced.',
          },
        ]}
      />
      <TextField
        className="field"
        value={reason}
        onChange={setReason}
        isInvalid={Boolean(errors.reason)}
        validationBehavior="aria"
        isReadOnly={busy}
      >
        <Label className="field__label">Reason</Label>
        <div className="field__control field__control--multiline">
          <TextArea className="field__input field__textarea" rows={2} dir="auto" />
        </div>
        <Text slot="description" className="field__description">
          In the client’s words where you can, e.g. “child unwell”.
        </Text>
        <FieldError className="field__error">{errors.reason}</FieldError>
      </TextField>
      {appointment.seriesId && (
        <ChoiceGroup
          label="Apply to"
          value={scope}
          onChange={setScope}
          options={SCOPE_OPTIONS}
          isDisabled={busy}
        />
      )}
      {setStatus.isError && <Alert tone="error">{setStatus.error.message}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Saving…">
          Record cancellation
        </ActionButton>
        <ActionButton variant="quiet" onPress={onBack} isDisabled={busy}>
          Back
        </ActionButton>
      </div>
    </Form>
  );
}
