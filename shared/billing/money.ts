/**
 * Money is an integer number of the currency's minor unit (cents, pence) with an ISO 4217 code.
 * Nothing here ever holds an amount in a floating-point number of major units.
 */
export interface Money {
  minor: number;
  currency: string;
}

export function assertMinor(minor: number): number {
  if (!Number.isSafeInteger(minor)) throw new RangeError('Money must be a whole number of minor units.');
  return minor;
}

export function sumMinor(amounts: readonly number[]): number {
  return assertMinor(amounts.reduce((total, amount) => total + assertMinor(amount), 0));
}

/** A sliding-scale reduction of `percent` %, rounded half up to the nearest minor unit, in integers only. */
export function applySlidingScale(priceMinor: number, percent: number): number {
  assertMinor(priceMinor);
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError('0–100 %');
  return Math.floor((priceMinor * (100 - percent) + 50) / 100);
}

/** Digits after the decimal point for a currency (2 for USD, 0 for JPY, 3 for KWD). */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  // Division only for display: the stored and summed value stays an integer.
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    assertMinor(minor) / 10 ** digits,
  );
}

/** Parses what a person types ("90", "90.5", "1,234.50") into minor units, or null if it is not an amount. */
export function parseMoney(typed: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const cleaned = typed.replace(/[\s,]/g, '');
  const match = /^(\d{1,12})(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}
