import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { formatDate } from '../../../shared/dates/format-date';
import {
  destroyRequest,
  RECORD_KIND_LABELS,
  type DestructionEntryOutput,
  type PastRetentionItem,
} from '../../../shared/retention/retention-contract';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { applyServerError } from '../forms/apply-server-error';
import { CheckField } from '../forms/CheckField';
import { TextAreaField } from '../forms/TextAreaField';
import { PassphraseField } from '../passphrase/PassphraseField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ModalDialog } from '../ui/ModalDialog';
import { UserText } from '../ui/UserText';
import { unlockFailureMessage } from '../vault/unlock-failure-message';
import { useDestroyRecord, useDestructionPreview } from './retention-queries';
import { retentionReason } from './retention-words';

type Values = z.input<typeof destroyRequest>;
const FIELDS = ['passphrase', 'overrideReason'] as const;
const BILLING = new Set(['invoices', 'invoice_lines', 'payments']);

function WhatGoes({ counts, keepBilling }: { counts: Record<string, number>; keepBilling: boolean }) {
  const rows = Object.entries(RECORD_KIND_LABELS)
    .map(([kind, label]) => ({ kind, label, count: counts[kind] ?? 0 }))
    .filter((row) => row.count > 0 && !(keepBilling && BILLING.has(row.kind)));
  return (
    <table className="data-table destroy-counts">
      <caption className="visually-hidden">What will be destroyed</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col" className="numeric">
            How many
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kind}>
            <td>{row.label}</td>
            <td className="numeric">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DestroyForm({
  item,
  onDone,
}: {
  item: PastRetentionItem;
  onDone: (entry: DestructionEntryOutput) => void;
}) {
  const preview = useDestructionPreview(item.id);
  const destroy = useDestroyRecord();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(destroyRequest),
    defaultValues: { clientId: item.id, passphrase: '', keepBilling: false, overrideReason: '' },
  });
  const keepBilling = useWatch({ control, name: 'keepBilling' });
  const busy = destroy.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    setFormError(null);
    destroy.mutate(values, {
      onSuccess: onDone,
      onError: (error) => {
        if (isBridgeCallError(error) && error.code === 'WRONG_PASSPHRASE') {
          setError('passphrase', { type: 'server', message: unlockFailureMessage(error) });
          return;
        }
        setFormError(applyServerError(error, FIELDS, setError));
      },
    });
  });

  if (preview.isPending) return <p className="muted">Counting what the record holds…</p>;
  if (preview.isError) return <Alert tone="error">{preview.error.message}</Alert>;
  const { retention, counts } = preview.data;
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <p>
        Kept until <strong>{formatDate(retention.retainUntil)}</strong>: {retentionReason(retention)}.
      </p>
      {!retention.due && (
        <Alert tone="warning">
          <p>
            This record’s retention date has not come. Destroying it now needs your reason, which is kept.
          </p>
        </Alert>
      )}
      <WhatGoes counts={counts} keepBilling={keepBilling} />
      <CheckField control={control} name="keepBilling" isDisabled={busy}>
        Keep invoices and payments for tax (without the client’s name or details)
      </CheckField>
      {!retention.due && (
        <TextAreaField
          control={control}
          name="overrideReason"
          label="Reason for destroying before the date"
          isReadOnly={busy}
        />
      )}
      <PassphraseField
        control={control}
        name="passphrase"
        label="Your passphrase"
        description="Destroying cannot be undone. Copies in older backups remain until those backups rotate out."
        autoComplete="current-password"
        isReadOnly={busy}
      />
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="danger" isPending={busy} pendingLabel="Destroying…">
          Destroy this record
        </ActionButton>
        <ActionButton slot="close" isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}

/** Destroys one record past its retention date, after showing what goes and asking for the passphrase. */
export function DestroyRecordDialog({ item, onClose }: { item: PastRetentionItem; onClose: () => void }) {
  const [done, setDone] = useState<DestructionEntryOutput | null>(null);
  return (
    <ModalDialog
      title={done ? 'Record destroyed' : 'Destroy record'}
      subtitle={
        done ? undefined : (
          <>
            Everything Rapport holds about <UserText inline text={item.chosenName} />.
          </>
        )
      }
      isOpen
      onClose={onClose}
    >
      {done ? (
        <div className="stack">
          <Alert tone="success">
            <p>
              The record is destroyed. The destruction log keeps only its id, the date and how many entries of
              each kind went.
            </p>
          </Alert>
          <div className="form-actions">
            <ActionButton variant="primary" onPress={onClose} autoFocus>
              Done
            </ActionButton>
          </div>
        </div>
      ) : (
        <DestroyForm item={item} onDone={setDone} />
      )}
    </ModalDialog>
  );
}
