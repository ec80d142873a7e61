import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { todayIn } from '../../../../shared/dates/practice-time';
import { PdfFileChoices } from '../../pdf-export/PdfFileChoices';
import { savedMessage } from '../../pdf-export/saved-message';
import { TaskDialog } from '../../ui/TaskDialog';
import { periodOf } from '../superbill/superbill-form';
import { billPdfForm, defaultBillPdfForm, passwordOf, type BillPdfForm } from './bill-pdf-form';
import { useExportBill, type BillRequest } from './document-queries';
import { PeriodChoice } from './PeriodChoice';
import './bill-dialog.css';

/** What is to be printed, as the list that offered it knows it. */
export type BillSubject =
  | { kind: 'invoice'; invoiceId: string; number: string }
  | { kind: 'receipt'; paymentId: string; receivedOn: string }
  | { kind: 'statement'; clientId: string };

const TITLES = {
  invoice: 'Print invoice',
  receipt: 'Print receipt',
  statement: 'Statement of account',
} as const;
const SAVE = {
  invoice: 'Save invoice as PDF…',
  receipt: 'Save receipt as PDF…',
  statement: 'Save statement as PDF…',
} as const;
const SUBTITLES = {
  invoice: 'The invoice as issued, with how to pay and your tax wording from Settings.',
  receipt: 'A receipt for this payment, to give the client.',
  statement:
    'What was owed at the start of a period, the services and payments in it, and what is owed at its end.',
} as const;

/**
 * Prints an invoice, a receipt or a statement: the paper, a password (on unless turned off), and a
 * period for a statement; then the system save dialog, under a name that carries no client's name.
 */
export function BillPdfDialog({
  subject,
  zone,
  onClose,
  onSaved,
}: {
  subject: BillSubject | null;
  zone: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const exporter = useExportBill();
  return (
    <TaskDialog
      title={
        subject
          ? subject.kind === 'invoice'
            ? `${TITLES.invoice} ${subject.number}`
            : TITLES[subject.kind]
          : ''
      }
      subtitle={subject ? SUBTITLES[subject.kind] : undefined}
      subject={subject}
      task={exporter}
      onClose={onClose}
    >
      {(chosen, close) => (
        <BillPdfChooser subject={chosen} zone={zone} exporter={exporter} onClose={close} onSaved={onSaved} />
      )}
    </TaskDialog>
  );
}

function requestFor(subject: BillSubject, form: BillPdfForm, today: string): BillRequest | null {
  const common = { paper: form.paper, ...passwordOf(form) };
  if (subject.kind === 'invoice')
    return { kind: 'invoice', input: { invoiceId: subject.invoiceId, ...common } };
  if (subject.kind === 'receipt')
    return { kind: 'receipt', input: { paymentId: subject.paymentId, ...common } };
  const period = periodOf(form, today);
  return period ? { kind: 'statement', input: { clientId: subject.clientId, ...period, ...common } } : null;
}

function BillPdfChooser({
  subject,
  zone,
  exporter,
  onClose,
  onSaved,
}: {
  subject: BillSubject;
  zone: string;
  exporter: ReturnType<typeof useExportBill>;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const [today] = useState(() => todayIn(zone));
  const { control, handleSubmit, resetField, setValue } = useForm<BillPdfForm>({
    resolver: zodResolver(billPdfForm),
    defaultValues: defaultBillPdfForm(today),
  });
  const form = useWatch({ control }) as BillPdfForm;
  const busy = exporter.isPending;
  const canSave = requestFor(subject, form, today) !== null;
  const onSubmit = handleSubmit((values) => {
    const request = requestFor(subject, values, today);
    if (busy || !request) return;
    exporter.mutate(request, {
      onSuccess: (saved) => {
        if (saved.status !== 'saved') return;
        onSaved(savedMessage(saved, { pages: true }));
        onClose();
      },
      // The password has done its job: it is not kept in the form for the next export.
      onSettled: () => {
        resetField('password');
        resetField('confirmation');
      },
    });
  });
  return (
    <Form
      className="bill-dialog"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label={TITLES[subject.kind]}
    >
      {subject.kind === 'statement' && (
        <PeriodChoice control={control} setValue={setValue} today={today} busy={busy} />
      )}
      <PdfFileChoices
        control={control}
        print={exporter}
        firstPaper="A4"
        handOver="tell the client another way, for example in the session."
        canSave={canSave}
        saveLabel={SAVE[subject.kind]}
        onCancel={onClose}
      />
    </Form>
  );
}
