import { PAYMENT_METHOD_LABELS, type Invoice, type Payment } from '../../../shared/billing/billing-contract';
import { formatMoney } from '../../../shared/billing/money';
import { mediumDay } from '../../../shared/dates/practice-time';
import { ActionButton } from '../ui/ActionButton';
import { UserText } from '../ui/UserText';

/** Each payment received, with a receipt to print for it. */
export function PaymentList({
  payments,
  invoices,
  onReceipt,
}: {
  payments: readonly Payment[];
  invoices: readonly Invoice[];
  onReceipt: (payment: Payment) => void;
}) {
  if (payments.length === 0) return <p className="muted">No payments recorded.</p>;
  const numberOf = (id: string | null) => invoices.find((i) => i.id === id)?.number ?? '—';
  return (
    <table className="money-table">
      <caption className="visually-hidden">Payments</caption>
      <thead>
        <tr>
          <th scope="col">Received</th>
          <th scope="col">Method</th>
          <th scope="col">Invoice</th>
          <th scope="col">Reference</th>
          <th scope="col" className="money-table__amount">
            Amount
          </th>
          <th scope="col">
            <span className="visually-hidden">Receipt</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {payments.map((p) => (
          <tr key={p.id}>
            <td>{mediumDay(p.receivedOn)}</td>
            <td>{PAYMENT_METHOD_LABELS[p.method]}</td>
            <td>{numberOf(p.invoiceId)}</td>
            <td>
              <UserText text={p.reference} />
            </td>
            <td className="money-table__amount">{formatMoney(p.amountMinor, p.currency)}</td>
            <td>
              <ActionButton
                variant="quiet"
                onPress={() => onReceipt(p)}
                aria-label={`Receipt for ${formatMoney(p.amountMinor, p.currency)} received ${mediumDay(p.receivedOn)}…`}
              >
                Receipt…
              </ActionButton>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
