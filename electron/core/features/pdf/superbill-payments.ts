import type { IssuedLineRow, PaymentRow } from '../../db/billing';

/** A charge a payment can go towards: an issued invoice's line, or a listed session not yet invoiced. */
export interface Charge {
  /** The invoice the line is on; null for a session not yet invoiced. */
  invoiceId: string | null;
  appointmentId: string | null;
  serviceDate: string;
  amountMinor: number;
}

export interface AppliedPayment {
  payment: PaymentRow;
  /** How much of it went to the services on the superbill. */
  appliedMinor: number;
}

export interface ClientPaidTowards {
  /** By appointment id: what the client paid towards that session. */
  bySession: Map<string, number>;
  /** The client's payments that went, at least in part, to those sessions, oldest first. */
  payments: AppliedPayment[];
}

/**
 * What the client paid towards the listed sessions, whenever they paid. Each payment goes first to
 * the invoice it was recorded against, oldest line first; a payment recorded against no invoice
 * goes to whatever is still owed, oldest first, the sessions not yet invoiced last. Payments by an
 * insurer are left out: a superbill is the client's claim for what they paid.
 */
export function clientPaidTowards(
  listed: ReadonlySet<string>,
  charges: readonly Charge[],
  payments: readonly PaymentRow[],
): ClientPaidTowards {
  const owed = charges.map((c) => ({ ...c, leftMinor: c.amountMinor }));
  const bySession = new Map<string, number>();
  const applied: AppliedPayment[] = [];
  const byClient = payments.filter((p) => p.method !== 'insurance');
  // Payments against an invoice first, so a payment on account never takes what an invoice's payment was for.
  const ordered = [...byClient.filter((p) => p.invoiceId), ...byClient.filter((p) => !p.invoiceId)];
  for (const payment of ordered) {
    let left = payment.amountMinor;
    let towardsListed = 0;
    for (const charge of owed) {
      if (left === 0) break;
      if (payment.invoiceId && charge.invoiceId !== payment.invoiceId) continue;
      const part = Math.min(left, charge.leftMinor);
      if (part === 0) continue;
      charge.leftMinor -= part;
      left -= part;
      if (charge.appointmentId && listed.has(charge.appointmentId)) {
        bySession.set(charge.appointmentId, (bySession.get(charge.appointmentId) ?? 0) + part);
        towardsListed += part;
      }
    }
    if (towardsListed > 0) applied.push({ payment, appliedMinor: towardsListed });
  }
  applied.sort((a, b) => a.payment.receivedOn.localeCompare(b.payment.receivedOn));
  return { bySession, payments: applied };
}

/** Issued lines and the listed sessions not yet invoiced, as one list of what is owed, oldest first. */
export function chargesFor(
  lines: readonly IssuedLineRow[],
  uninvoiced: readonly { appointmentId: string; date: string; feeMinor: number | null }[],
): Charge[] {
  return [
    ...lines,
    ...uninvoiced.map((s) => ({
      invoiceId: null,
      appointmentId: s.appointmentId,
      serviceDate: s.date,
      amountMinor: s.feeMinor ?? 0,
    })),
  ];
}
