import type { Service } from '../../../shared/billing/billing-contract';
import { invoiceLineFor, type ClientFeeSettings } from '../../../shared/billing/invoice-line';
import { sumMinor } from '../../../shared/billing/money';
import type { Appointment } from '../../../shared/schedule/schedule-contract';

export interface PreviewLine {
  appointment: Appointment;
  description: string;
  code: string;
  /** Null when no fee applies: neither the session nor the client has a service or price. */
  amountMinor: number | null;
}

/**
 * The line the main side will write for a session, shown before the invoice is issued: the same
 * rule the billing service applies. The issued invoice, computed there, is what counts.
 */
export function previewLine(
  appointment: Appointment,
  fee: ClientFeeSettings,
  services: readonly Service[],
): PreviewLine {
  const { description, code, amountMinor } = invoiceLineFor(appointment, fee, services);
  return { appointment, description, code, amountMinor };
}

export function previewTotal(lines: readonly PreviewLine[]): number {
  return sumMinor(lines.map((line) => line.amountMinor ?? 0));
}
