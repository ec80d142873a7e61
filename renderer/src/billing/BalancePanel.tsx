import { useId } from 'react';
import { formatMoney } from '../../../shared/billing/money';
import { ActionButton } from '../ui/ActionButton';

interface BalancePanelProps {
  balanceMinor: number;
  currency: string;
  sessionsToInvoice: number;
  onInvoice: () => void;
  onPayment: () => void;
  onSuperbill: () => void;
  onStatement: () => void;
}

/** What the client owes (or has in credit), what to do about it, a statement, and the superbill for an insurer. */
export function BalancePanel({
  balanceMinor,
  currency,
  sessionsToInvoice,
  onInvoice,
  onPayment,
  onSuperbill,
  onStatement,
}: BalancePanelProps) {
  const headingId = useId();
  const words =
    balanceMinor > 0
      ? `${formatMoney(balanceMinor, currency)} owed`
      : balanceMinor < 0
        ? `${formatMoney(-balanceMinor, currency)} in credit`
        : 'Nothing owed';
  return (
    <section className="panel balance-panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Balance</h2>
        <p className="balance-panel__amount" data-owed={balanceMinor > 0 || undefined}>
          {words}
        </p>
        <p>
          {sessionsToInvoice === 0
            ? 'Every attended session is invoiced.'
            : `${sessionsToInvoice} attended ${sessionsToInvoice === 1 ? 'session is' : 'sessions are'} not invoiced yet.`}
        </p>
      </div>
      <div className="button-row">
        <ActionButton variant={sessionsToInvoice > 0 ? 'primary' : 'secondary'} onPress={onInvoice}>
          New invoice
        </ActionButton>
        <ActionButton onPress={onPayment}>Record payment</ActionButton>
        <ActionButton onPress={onStatement}>Statement…</ActionButton>
        <ActionButton onPress={onSuperbill}>Superbill…</ActionButton>
      </div>
    </section>
  );
}
