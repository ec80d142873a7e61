import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  type Invoice,
} from '../../../shared/billing/billing-contract';
import { channels } from '../../../shared/contract';
import { formatMoney } from '../../../shared/billing/money';
import { todayIn } from '../../../shared/dates/practice-time';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { FormTextField } from '../ui/FormTextField';
import { TaskDialog } from '../ui/TaskDialog';
import { SelectField } from '../ui/SelectField';
import { useRecordPayment } from './billing-queries';
import { amountText, toMinor, toTyped } from '../forms/money-input';

const METHOD_OPTIONS = PAYMENT_METHODS.map((id) => ({ id, label: PAYMENT_METHOD_LABELS[id] }));
const NO_INVOICE = 'none';
const record = channels['payments:record'].input.shape;

interface RecordPaymentDialogProps {
  isOpen: boolean;
  clientId: string;
  /** Invoices a payment can be set against (issued, with something left to pay). */
  openInvoices: readonly Invoice[];
  currency: string;
  zone: string;
  onClose: () => void;
  onRecorded: (message: string) => void;
}

export function RecordPaymentDialog({ isOpen, onClose, ...props }: RecordPaymentDialogProps) {
  const payment = useRecordPayment();
  return (
    <TaskDialog
      title="Record a payment"
      subject={isOpen ? props.clientId : null}
      task={payment}
      onClose={onClose}
    >
      {(_, close) => <PaymentForm {...props} onClose={close} payment={payment} />}
    </TaskDialog>
  );
}

function PaymentForm({
  clientId,
  openInvoices,
  currency,
  zone,
  onClose,
  onRecorded,
  payment,
}: Omit<RecordPaymentDialogProps, 'isOpen'> & { payment: ReturnType<typeof useRecordPayment> }) {
  const schema = useMemo(
    () =>
      z.object({
        amount: amountText(currency, { required: true }),
        receivedOn: record.receivedOn,
        method: z.enum(PAYMENT_METHODS),
        invoiceId: z.string(),
        reference: z.string().max(200, 'Keep this under 200 characters.'),
      }),
    [currency],
  );
  const first = openInvoices[0];
  const { control, handleSubmit, setError, setValue } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      amount: first ? toTyped(first.balanceMinor, currency) : '',
      receivedOn: todayIn(zone),
      method: 'card',
      invoiceId: first?.id ?? NO_INVOICE,
      reference: '',
    },
  });
  const busy = payment.isPending;
  const onSubmit = handleSubmit((values) => {
    const amountMinor = toMinor(values.amount, currency);
    if (busy || amountMinor === null) return;
    payment.mutate(
      {
        clientId,
        amountMinor,
        receivedOn: values.receivedOn,
        method: values.method,
        invoiceId: values.invoiceId === NO_INVOICE ? null : values.invoiceId,
        reference: values.reference,
      },
      { onSuccess: (p) => onRecorded(`Payment of ${formatMoney(p.amountMinor, p.currency)} recorded.`) },
    );
  });
  const formError = payment.isError
    ? applyServerError(payment.error, ['receivedOn', 'method', 'reference'], setError)
    : null;
  const invoiceOptions = [
    ...openInvoices.map((invoice) => ({
      id: invoice.id,
      label: `${invoice.number}: ${formatMoney(invoice.balanceMinor, currency)} to pay`,
    })),
    { id: NO_INVOICE, label: 'Not for a particular invoice' },
  ];

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <Controller
        control={control}
        name="invoiceId"
        render={({ field }) => (
          <SelectField
            label="For invoice"
            value={field.value}
            options={invoiceOptions}
            onChange={(id) => {
              field.onChange(id);
              const invoice = openInvoices.find((i) => i.id === id);
              if (invoice) setValue('amount', toTyped(invoice.balanceMinor, currency));
            }}
            isDisabled={busy}
          />
        )}
      />
      <div className="form-row">
        <FormTextField
          control={control}
          name="amount"
          label={`Amount (${currency})`}
          isReadOnly={busy}
          autoFocus
        />
        <FormTextField
          control={control}
          name="receivedOn"
          label="Received on"
          type="date"
          isReadOnly={busy}
        />
      </div>
      <div className="form-row">
        <Controller
          control={control}
          name="method"
          render={({ field }) => (
            <SelectField
              label="Method"
              value={field.value}
              options={METHOD_OPTIONS}
              onChange={field.onChange}
              isDisabled={busy}
            />
          )}
        />
        <FormTextField control={control} name="reference" label="Reference (optional)" isReadOnly={busy} />
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Recording…">
          Record payment
        </ActionButton>
        <ActionButton variant="quiet" onPress={onClose} isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
