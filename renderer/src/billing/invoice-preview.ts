import type { Service } from '../../../shared/billing/billing-contract';
import { applySlidingScale, sumMinor } from '../../../shared/billing/money';
import type { Appointment } from '../../../shared/schedule/schedule-contract';

/** What can go on an invoice: the main side refuses anything else. */
export const BILLABLE_STATUSES: ReadonlySet<Appointment['status']> = new Set([
  'attended',
  'cancelled-late',
  'no-show',
]);

const LINE_PREFIX: Partial<Record<Appointment['status'], string>> = {
  'cancelled-late': 'Late cancellation: ',
  'no-show': 'Missed session: ',
};

export interface ClientFeeSettings {
  serviceId: string | null;
  priceMinor: number | null;
  slidingScalePercent: number;
}

export interface PreviewLine {
  appointment: Appointment;
  description: string;
  code: string;
  /** Null when no fee applies: neither the session nor the client has a service or price. */
  amountMinor: number | null;
}

/**
 * The line the main side will write for a session, shown before the invoice is issued. It follows
 * the billing service's rule (the client's own price, else the session's or client's service,
 * less the sliding scale); the issued invoice, computed there, is what counts.
 */
export function previewLine(
  appointment: Appointment,
  fee: ClientFeeSettings,
  services: readonly Service[],
): PreviewLine {
  const service = services.find((s) => s.id === (appointment.serviceId ?? fee.serviceId ?? null));
  const base = fee.priceMinor ?? service?.priceMinor;
  return {
    appointment,
    description: `${LINE_PREFIX[appointment.status] ?? ''}${service?.name ?? 'Therapy session'}`,
    code: service?.code ?? '',
    amountMinor: base === undefined ? null : applySlidingScale(base, fee.slidingScalePercent),
  };
}

export function previewTotal(lines: readonly PreviewLine[]): number {
  return sumMinor(lines.map((line) => line.amountMinor ?? 0));
}
