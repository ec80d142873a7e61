import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import { formatShortDate, localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { TextAreaField } from '../forms/TextAreaField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { BoundDayField } from '../ui/BoundDayField';
import { CheckboxField } from '../ui/CheckboxField';
import { TaskDialog } from '../ui/TaskDialog';
import { useLogAmendment, useNotesToAmend } from './amendment-queries';

const schema = channels['amendments:log'].input;
type Values = z.input<typeof schema>;
const FIELDS = ['receivedOn', 'recordPart', 'requestedChange', 'reason'] as const;

/** Logs a client's request to amend their record: when it came, what it is about, what they ask and why. */
export function LogAmendmentDialog({
  clientId,
  isOpen,
  onClose,
}: {
  clientId: string;
  isOpen: boolean;
  onClose: () => void;
}) {
  const log = useLogAmendment();
  return (
    <TaskDialog
      title="Log an amendment request"
      subtitle="A decision is due within 60 days of the day the request was received."
      subject={isOpen ? clientId : null}
      task={log}
      onClose={onClose}
    >
      {(id, close) => <LogForm clientId={id} log={log} onClose={close} />}
    </TaskDialog>
  );
}

function LogForm({
  clientId,
  log,
  onClose,
}: {
  clientId: string;
  log: ReturnType<typeof useLogAmendment>;
  onClose: () => void;
}) {
  const notes = useNotesToAmend(clientId);
  const signed = (notes.data ?? []).filter((note) => note.signedAt);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      clientId,
      receivedOn: localDay(new Date()),
      noteIds: [],
      recordPart: '',
      requestedChange: '',
      reason: '',
    },
  });
  const busy = log.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    setFormError(null);
    log.mutate(values, {
      onSuccess: onClose,
      onError: (error) => setFormError(applyServerError(error, FIELDS, setError)),
    });
  });
  return (
    <Form
      className="stack"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label="Log an amendment request"
    >
      <BoundDayField control={control} name="receivedOn" kind="date" label="Received on" isReadOnly={busy} />
      <fieldset className="stack--tight">
        <legend className="field__label">Notes it is about</legend>
        {notes.isPending && <p className="muted">Loading notes…</p>}
        {notes.data && signed.length === 0 && <p className="muted">No signed notes yet.</p>}
        <Controller
          control={control}
          name="noteIds"
          render={({ field }) => (
            <>
              {signed.map((note) => {
                const chosen = (field.value ?? []).includes(note.id);
                return (
                  <CheckboxField
                    key={note.id}
                    isSelected={chosen}
                    isDisabled={busy}
                    onChange={(on) =>
                      field.onChange(
                        on
                          ? [...(field.value ?? []), note.id]
                          : (field.value ?? []).filter((id) => id !== note.id),
                      )
                    }
                  >
                    {`${note.format} note of ${formatShortDate(note.sessionDate)}`}
                  </CheckboxField>
                );
              })}
            </>
          )}
        />
      </fieldset>
      <TextAreaField
        control={control}
        name="recordPart"
        label="Other part of the record (optional)"
        description="For a request about something other than a note, such as the intake history."
        isReadOnly={busy}
      />
      <TextAreaField
        control={control}
        name="requestedChange"
        label="What the client asks to change"
        isReadOnly={busy}
      />
      <TextAreaField
        control={control}
        name="reason"
        label="Why, in the client's words (optional)"
        isReadOnly={busy}
      />
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" isPending={busy} pendingLabel="Saving…">
          Log request
        </ActionButton>
        <ActionButton variant="quiet" onPress={onClose} isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
