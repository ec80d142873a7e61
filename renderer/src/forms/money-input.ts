import { z } from 'zod';
import { minorDigits, parseMoney } from '../../../shared/billing/money';

/**
 * Typed amounts stay text until they are parsed into integer minor units with parseMoney; nothing
 * here ever holds money as a floating-point number of major units.
 */
export function amountText(currency: string, { required }: { required: boolean }) {
  const digits = minorDigits(currency);
  const example = digits === 0 ? '120' : `120 or 120.${'5'.padEnd(digits, '0')}`;
  return z.string().refine((typed) => {
    if (!typed.trim()) return !required;
    return parseMoney(typed, currency) !== null;
  }, `Enter an amount like ${example}.`);
}

/** The typed amount in minor units; call only on text amountText accepted. */
export function toMinor(typed: string, currency: string): number | null {
  return typed.trim() ? parseMoney(typed, currency) : null;
}

/** Minor units back into the plain text a person would type ("120.50"), to prefill a field. */
export function toTyped(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const unit = 10 ** digits;
  const whole = Math.floor(minor / unit);
  return `${whole}.${String(minor - whole * unit).padStart(digits, '0')}`;
}
