import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { statusChange, type ClientRecord } from '../../../shared/clients/client-contract';
import { CLIENT_STATUSES, STATUS_LABELS, type ClientStatus } from '../../../shared/clients/client-status';
import { formatDate, localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { ChoiceField } from '../forms/ChoiceField';
import { TextAreaField } from '../forms/TextAreaField';
import { TextInputField } from '../forms/TextInputField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useChangeStatus } from './clients-queries';
import { ModalDialog } from '../ui/ModalDialog';
import { UserText } from '../ui/UserText';

type Values = z.input<typeof statusChange>;
const FIELDS = ['status', 'date', 'reason'] as const;

/** Where a client most often goes next from where they are. */
const LIKELY_NEXT: Record<ClientStatus, ClientStatus> = {
  enquiry: 'active',
  waitlist: 'active',
  active: 'discharged',
  paused: 'active',
  discharged: 'archived',
  archived: 'active',
};

const ACTION_LABELS: Record<ClientStatus, string> = {
  enquiry: 'Mark as enquiry',
  waitlist: 'Put on the waitlist',
  active: 'Mark as active',
  paused: 'Pause',
  discharged: 'Discharge',
  archived: 'Archive',
};

function endsWork(status: ClientStatus | undefined): boolean {
  return status === 'discharged' || status === 'archived';
}

function StatusForm({ record, onDone }: { record: ClientRecord; onDone: (updated: ClientRecord) => void }) {
  const change = useChangeStatus();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(statusChange),
    defaultValues: {
      id: record.id,
      status: LIKELY_NEXT[record.status],
      date: localDay(new Date()),
      reason: '',
    },
  });
  const status = useWatch({ control, name: 'status' });
  const choices = CLIENT_STATUSES.filter((s) => s !== record.status).map((s) => ({
    value: s,
    label: STATUS_LABELS[s],
  }));
  const busy = change.isPending;

  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    setFormError(null);
    change.mutate(values, {
      onSuccess: onDone,
      onError: (error) => setFormError(applyServerError(error, FIELDS, setError)),
    });
  });

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <ChoiceField control={control} name="status" label="New status" choices={choices} isReadOnly={busy} />
      <TextInputField
        control={control}
        name="date"
        label="Date"
        type="date"
        className="field--date"
        isReadOnly={busy}
      />
      <TextAreaField
        control={control}
        name="reason"
        label="Reason"
        description={
          endsWork(status)
            ? 'Needed to discharge or archive: it stays with the record.'
            : 'Optional. It stays with the record.'
        }
        isReadOnly={busy}
      />
      {endsWork(status) && (
        <p className="muted">
          Nothing is deleted. The record is kept as long as the retention rule in Settings requires, counted
          from the last service, and Rapport shows the date on the client page.
        </p>
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Saving…">
          {status ? ACTION_LABELS[status] : 'Change status'}
        </ActionButton>
        <ActionButton slot="close" isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}

function StatusChanged({ record, onClose }: { record: ClientRecord; onClose: () => void }) {
  return (
    <div className="stack">
      <Alert tone="success">
        <p>
          Now {STATUS_LABELS[record.status].toLowerCase()}
          {record.statusDate ? `, from ${formatDate(record.statusDate)}` : ''}.
        </p>
        {record.retainUntil && (
          <p>
            The record is kept until <strong>{formatDate(record.retainUntil)}</strong> and cannot be deleted
            before then.
          </p>
        )}
        {record.status === 'archived' && <p>Archived clients are under the Archived filter in Clients.</p>}
      </Alert>
      <div className="form-actions">
        <ActionButton variant="primary" onPress={onClose} autoFocus>
          Done
        </ActionButton>
      </div>
    </div>
  );
}

/** Moves a client to another status; discharging or archiving asks for the date and the reason. */
export function StatusDialog({
  record,
  isOpen,
  onOpenChange,
}: {
  record: ClientRecord;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [changed, setChanged] = useState<ClientRecord | null>(null);
  const close = (open: boolean) => {
    if (!open) setChanged(null);
    onOpenChange(open);
  };
  return (
    <ModalDialog
      title={changed ? 'Status changed' : 'Change status'}
      subtitle={
        changed ? undefined : (
          <>
            Status of <UserText inline text={record.chosenName} /> now: {STATUS_LABELS[record.status]}.
          </>
        )
      }
      isOpen={isOpen}
      onClose={() => close(false)}
    >
      {changed ? (
        <StatusChanged record={changed} onClose={() => close(false)} />
      ) : (
        <StatusForm record={record} onDone={setChanged} />
      )}
    </ModalDialog>
  );
}
