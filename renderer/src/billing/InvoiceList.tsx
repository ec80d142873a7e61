import { UserText } from '../ui/UserText';
import { useState } from 'react';
import { Form, FieldError, Label, TextArea, TextField } from 'react-aria-components';
import type { Invoice } from '../../../shared/billing/billing-contract';
import { formatMoney } from '../../../shared/billing/money';
import { mediumDay } from '../../../shared/dates/practice-time';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ModalDialog } from '../ui/ModalDialog';
import { useVoidInvoice } from './billing-queries';

/** Each invoice with its lines, what has been paid and what is left; each can be printed, unpaid ones voided. */
export function InvoiceList({
  invoices,
  onVoided,
  onPrint,
}: {
  invoices: readonly Invoice[];
  onVoided: (m: string) => void;
  onPrint: (invoice: Invoice) => void;
}) {
  const [voiding, setVoiding] = useState<Invoice | null>(null);
  if (invoices.length === 0) return <p className="muted">No invoices yet.</p>;
  return (
    <>
      <ul className="invoice-list">
        {invoices.map((invoice) => (
          <li key={invoice.id} className="invoice" data-void={invoice.status === 'void' || undefined}>
            <div className="invoice__head">
              <h3 className="invoice__number">{invoice.number}</h3>
              <span className="muted">
                Issued {mediumDay(invoice.issuedOn)}, due {mediumDay(invoice.dueOn)}
              </span>
              {invoice.status === 'void' ? (
                <span className="status-tag">Void</span>
              ) : invoice.balanceMinor <= 0 ? (
                <span className="status-tag status-tag--done">Paid</span>
              ) : (
                <span className="status-tag status-tag--open">
                  {formatMoney(invoice.balanceMinor, invoice.currency)} to pay
                </span>
              )}
            </div>
            <table className="money-table money-table--compact">
              <caption className="visually-hidden">Lines of invoice {invoice.number}</caption>
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Line</th>
                  <th scope="col">Code</th>
                  <th scope="col">Amount</th>
                </tr>
              </thead>
              <tbody>
                {invoice.lines.map((line, index) => (
                  <tr key={line.appointmentId ?? index}>
                    <td>{mediumDay(line.serviceDate)}</td>
                    <td>{line.description}</td>
                    <td>{line.code}</td>
                    <td className="money-table__amount">{formatMoney(line.amountMinor, invoice.currency)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    Total
                    {invoice.paidMinor > 0 &&
                      `, of which paid ${formatMoney(invoice.paidMinor, invoice.currency)}`}
                  </th>
                  <td className="money-table__amount money-table__total">
                    {formatMoney(invoice.totalMinor, invoice.currency)}
                  </td>
                </tr>
              </tfoot>
            </table>
            {invoice.status === 'void' && (
              <p className="muted">
                Voided: <UserText inline text={invoice.voidReason} />
              </p>
            )}
            <div className="button-row">
              <ActionButton variant="quiet" icon="print" onPress={() => onPrint(invoice)}>
                Print invoice {invoice.number}…
              </ActionButton>
              {invoice.status === 'issued' && invoice.paidMinor === 0 && (
                <ActionButton variant="quiet" onPress={() => setVoiding(invoice)}>
                  Void invoice {invoice.number}…
                </ActionButton>
              )}
            </div>
          </li>
        ))}
      </ul>
      <VoidInvoiceDialog invoice={voiding} onClose={() => setVoiding(null)} onVoided={onVoided} />
    </>
  );
}

function VoidInvoiceDialog({
  invoice,
  onClose,
  onVoided,
}: {
  invoice: Invoice | null;
  onClose: () => void;
  onVoided: (message: string) => void;
}) {
  const voidInvoice = useVoidInvoice();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const busy = voidInvoice.isPending;
  const close = () => {
    setReason('');
    setError(undefined);
    voidInvoice.reset();
    onClose();
  };
  return (
    <ModalDialog
      title={`Void invoice ${invoice?.number ?? ''}`}
      subtitle="The invoice is kept, marked void, and its sessions can be invoiced again."
      isOpen={invoice !== null}
      onClose={close}
      isBusy={busy}
    >
      <Form
        className="stack"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          if (!invoice || busy) return;
          if (!reason.trim()) {
            setError('Say why the invoice is void.');
            return;
          }
          voidInvoice.mutate(
            { id: invoice.id, reason },
            {
              onSuccess: (v) => {
                close();
                onVoided(`Invoice ${v.number} is void.`);
              },
            },
          );
        }}
      >
        <TextField
          className="field"
          value={reason}
          onChange={setReason}
          isInvalid={Boolean(error)}
          validationBehavior="aria"
          isReadOnly={busy}
        >
          <Label className="field__label">Reason</Label>
          <div className="field__control field__control--multiline">
            <TextArea className="field__input field__textarea" rows={2} dir="auto" autoFocus />
          </div>
          <FieldError className="field__error">{error}</FieldError>
        </TextField>
        {voidInvoice.isError && <Alert tone="error">{voidInvoice.error.message}</Alert>}
        <div className="form-actions">
          <ActionButton type="submit" variant="danger" isPending={busy} pendingLabel="Voiding…">
            Void invoice
          </ActionButton>
          <ActionButton variant="quiet" onPress={close} isDisabled={busy}>
            Keep it
          </ActionButton>
        </div>
      </Form>
    </ModalDialog>
  );
}
