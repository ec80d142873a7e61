import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applySlidingScale,
  formatMoney,
  minorDigits,
  parseMoney,
  sumMinor,
} from '../../shared/billing/money';

describe('money in integer minor units', () => {
  it('sums exactly where floating point would not', () => {
    // 0.1 + 0.2 in dollars is 0.30000000000000004; in cents it is 30.
    expect(sumMinor([10, 20])).toBe(30);
    expect(sumMinor(Array(1000).fill(1))).toBe(1000);
    expect(() => sumMinor([0.5])).toThrow(/whole number/);
  });

  it('applies a sliding scale with half-up rounding to the cent', () => {
    expect(applySlidingScale(15000, 0)).toBe(15000);
    expect(applySlidingScale(15000, 30)).toBe(10500);
    expect(applySlidingScale(9999, 50)).toBe(5000); // 4999.5 rounds up
    expect(applySlidingScale(9999, 100)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100 }), (price, pct) => {
        const reduced = applySlidingScale(price, pct);
        expect(Number.isInteger(reduced)).toBe(true);
        expect(Math.abs(reduced - (price * (100 - pct)) / 100)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('knows each currency’s minor digits and formats for the locale', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(5000, 'JPY', 'ja-JP')).toBe('￥5,000');
    expect(formatMoney(150000, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('1.500,00 €');
  });

  it('parses typed amounts without floating point', () => {
    expect(parseMoney('90', 'USD')).toBe(9000);
    expect(parseMoney('90.5', 'USD')).toBe(9050);
    expect(parseMoney('1,234.56', 'USD')).toBe(123456);
    expect(parseMoney('0.29', 'USD')).toBe(29);
    expect(parseMoney('1.234', 'USD')).toBeNull();
    expect(parseMoney('abc', 'USD')).toBeNull();
    expect(parseMoney('5000', 'JPY')).toBe(5000);
  });
});
