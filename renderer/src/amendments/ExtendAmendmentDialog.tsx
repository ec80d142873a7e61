import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import { localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { TextAreaField } from '../forms/TextAreaField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { BoundDayField } from '../ui/BoundDayField';
import { TaskDialog } from '../ui/TaskDialog';
import { useExtendAmendment } from './amendment-queries';

const schema = channels['amendments:extend'].input;
type Values = z.input<typeof schema>;

/** The one 30-day extension: why more time is needed, and the day the client was told. */
export function ExtendAmendmentDialog({
  requestId,
  onClose,
}: {
  requestId: string | null;
  onClose: () => void;
}) {
  const extend = useExtendAmendment();
  return (
    <TaskDialog
      title="Extend the deadline by 30 days"
      subtitle="A request can be extended once, within its first 60 days, and the client must be told why."
      subject={requestId}
      task={extend}
      onClose={onClose}
    >
      {(id, close) => <ExtendForm id={id} extend={extend} onClose={close} />}
    </TaskDialog>
  );
}

function ExtendForm({
  id,
  extend,
  onClose,
}: {
  id: string;
  extend: ReturnType<typeof useExtendAmendment>;
  onClose: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { id, reason: '', clientToldOn: localDay(new Date()) },
  });
  const busy = extend.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    setFormError(null);
    extend.mutate(values, {
      onSuccess: onClose,
      onError: (error) => setFormError(applyServerError(error, ['reason', 'clientToldOn'], setError)),
    });
  });
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label="Extend the deadline">
      <TextAreaField control={control} name="reason" label="Why more time is needed" isReadOnly={busy} />
      <BoundDayField
        control={control}
        name="clientToldOn"
        kind="date"
        label="Client told on"
        isReadOnly={busy}
      />
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" isPending={busy} pendingLabel="Saving…">
          Extend
        </ActionButton>
        <ActionButton variant="quiet" onPress={onClose} isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
