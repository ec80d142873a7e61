import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { formatMoney } from '../../../shared/billing/money';
import { ATTENDANCE_LABELS, type Appointment } from '../../../shared/schedule/schedule-contract';
import { mediumDay, todayIn } from '../../../shared/dates/practice-time';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { Icon } from '../ui/Icon';
import { TaskDialog } from '../ui/TaskDialog';
import { useCreateInvoice } from './billing-queries';
import '../ui/checkbox.css';
import type { ClientFeeSettings } from '../../../shared/billing/invoice-line';
import { previewLine, previewTotal } from './invoice-preview';
import type { Service } from '../../../shared/billing/billing-contract';

interface IssueInvoiceDialogProps {
  isOpen: boolean;
  clientId: string;
  /** The client's sessions that can be invoiced and are not yet. */
  sessions: readonly Appointment[];
  fee: ClientFeeSettings;
  services: readonly Service[];
  currency: string;
  zone: string;
  onClose: () => void;
  onIssued: (number: string) => void;
}

/** Choose sessions, see each line and the total as they will be written, then issue. */
export function IssueInvoiceDialog({ isOpen, onClose, ...props }: IssueInvoiceDialogProps) {
  const create = useCreateInvoice();
  return (
    <TaskDialog
      title="New invoice"
      subtitle="Attended sessions are chosen; add a late cancellation or no-show only if your policy charges for it."
      width="wide"
      subject={isOpen ? props.clientId : null}
      task={create}
      onClose={onClose}
    >
      {(_, close) => <InvoiceChooser {...props} onClose={close} create={create} />}
    </TaskDialog>
  );
}

function InvoiceChooser({
  clientId,
  sessions,
  fee,
  services,
  currency,
  zone,
  onClose,
  onIssued,
  create,
}: Omit<IssueInvoiceDialogProps, 'isOpen'> & { create: ReturnType<typeof useCreateInvoice> }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(sessions.filter((s) => s.status === 'attended').map((s) => s.id)),
  );
  const lines = sessions.map((s) => previewLine(s, fee, services));
  const chosenLines = lines.filter((line) => chosen.has(line.appointment.id));
  const missingFee = chosenLines.some((line) => line.amountMinor === null);
  const busy = create.isPending;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const issue = () => {
    if (busy || chosenLines.length === 0 || missingFee) return;
    create.mutate(
      { clientId, appointmentIds: chosenLines.map((l) => l.appointment.id), issuedOn: todayIn(zone) },
      { onSuccess: (invoice) => onIssued(invoice.number) },
    );
  };

  if (sessions.length === 0) {
    return (
      <div className="stack">
        <p>There are no sessions to invoice: every attended session is on an invoice already.</p>
        <div className="form-actions">
          <ActionButton onPress={onClose}>Close</ActionButton>
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <table className="money-table invoice-preview">
        <caption className="visually-hidden">Sessions to invoice</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">On the invoice</span>
            </th>
            <th scope="col">Date</th>
            <th scope="col">Line</th>
            <th scope="col">Code</th>
            <th scope="col" className="money-table__amount">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const id = line.appointment.id;
            const date = mediumDay(line.appointment.localDate);
            return (
              <tr key={id} data-chosen={chosen.has(id) || undefined}>
                <td>
                  <Checkbox
                    className="checkbox"
                    isSelected={chosen.has(id)}
                    onChange={(on) => toggle(id, on)}
                    isDisabled={busy}
                    aria-label={`${date}, ${ATTENDANCE_LABELS[line.appointment.status]}`}
                  >
                    <span className="checkbox__box" aria-hidden="true">
                      {chosen.has(id) && <Icon name="check" size={16} />}
                    </span>
                  </Checkbox>
                </td>
                <td>{date}</td>
                <td>{line.description}</td>
                <td>{line.code || '—'}</td>
                <td className="money-table__amount">
                  {line.amountMinor === null ? 'No fee set' : formatMoney(line.amountMinor, currency)}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Total for {chosenLines.length} {chosenLines.length === 1 ? 'session' : 'sessions'}
            </th>
            <td className="money-table__amount money-table__total">
              {formatMoney(previewTotal(chosenLines), currency)}
            </td>
          </tr>
        </tfoot>
      </table>
      {missingFee && (
        <Alert tone="warning">
          A chosen session has no fee. Give it a service, or set this client’s fee below, then try again.
        </Alert>
      )}
      {create.isError && <Alert tone="error">{create.error.message}</Alert>}
      <div className="form-actions">
        <ActionButton
          variant="primary"
          onPress={issue}
          isDisabled={chosenLines.length === 0 || missingFee}
          isPending={busy}
          pendingLabel="Issuing…"
        >
          Issue invoice
        </ActionButton>
        <ActionButton variant="quiet" onPress={onClose} isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </div>
  );
}
