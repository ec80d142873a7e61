import type { Attendance } from '../schedule/schedule-contract';
import { applySlidingScale } from './money';

/** What can go on an invoice: attended sessions, and the missed ones a practice may charge for. */
export const BILLABLE_STATUSES: ReadonlySet<Attendance> = new Set(['attended', 'cancelled-late', 'no-show']);

const LINE_PREFIX: Partial<Record<Attendance, string>> = {
  'cancelled-late': 'Late cancellation: ',
  'no-show': 'Missed session: ',
};

/** A service of the fee schedule, as far as the fee rule needs it. */
export interface FeeService {
  id: string;
  name: string;
  code: string;
  priceMinor: number;
}

/** The client's own fee arrangement; every part may be unset. */
export interface ClientFeeSettings {
  serviceId: string | null;
  priceMinor: number | null;
  slidingScalePercent: number;
}

export interface InvoiceLineRule<S extends FeeService = FeeService> {
  /** The service the session is billed as: its own, else the client's usual one. */
  service: S | undefined;
  description: string;
  code: string;
  /** Null when no fee applies: neither the client nor the session's service has a price. */
  amountMinor: number | null;
}

/**
 * Which fee applies to one session, and how its invoice line reads. The client's own price wins;
 * otherwise the price of the session's service (or, for a session without one, the client's usual
 * service) from the fee schedule. A sliding-scale reduction applies to either. Integers throughout.
 * The billing service writes invoices with it and the invoice dialog previews them with it.
 */
export function invoiceLineFor<S extends FeeService>(
  session: { status: Attendance; serviceId: string | null },
  fee: ClientFeeSettings | undefined,
  services: readonly S[],
): InvoiceLineRule<S> {
  const serviceId = session.serviceId ?? fee?.serviceId ?? null;
  const service = serviceId === null ? undefined : services.find((s) => s.id === serviceId);
  const base = fee?.priceMinor ?? service?.priceMinor;
  return {
    service,
    description: `${LINE_PREFIX[session.status] ?? ''}${service?.name ?? 'Therapy session'}`,
    code: service?.code ?? '',
    amountMinor: base === undefined ? null : applySlidingScale(base, fee?.slidingScalePercent ?? 0),
  };
}
