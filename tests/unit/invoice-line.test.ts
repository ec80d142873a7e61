import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BILLABLE_STATUSES, invoiceLineFor, type FeeService } from '../../shared/billing/invoice-line';

const THERAPY: FeeService = { id: 'therapy', name: 'Individual therapy', code: '90834', priceMinor: 15_000 };
const INTAKE: FeeService = { id: 'intake', name: 'Intake assessment', code: '90791', priceMinor: 20_000 };
const SERVICES = [THERAPY, INTAKE];
const attended = (serviceId: string | null) => ({ status: 'attended' as const, serviceId });

describe('which fee applies to a session', () => {
  it('charges the session’s service at its scheduled price when the client has no fee of their own', () => {
    expect(invoiceLineFor(attended('intake'), undefined, SERVICES)).toEqual({
      service: INTAKE,
      description: 'Intake assessment',
      code: '90791',
      amountMinor: 20_000,
    });
  });

  it('falls back to the client’s usual service for a session booked without one', () => {
    const fee = { serviceId: 'therapy', priceMinor: null, slidingScalePercent: 0 };
    expect(invoiceLineFor(attended(null), fee, SERVICES)).toMatchObject({
      code: '90834',
      amountMinor: 15_000,
    });
    // The session's own service still decides what it is, and its price.
    expect(invoiceLineFor(attended('intake'), fee, SERVICES)).toMatchObject({
      code: '90791',
      amountMinor: 20_000,
    });
  });

  it('lets the client’s own price win over the schedule, and applies the sliding scale to either', () => {
    const own = { serviceId: 'therapy', priceMinor: 9_000, slidingScalePercent: 0 };
    expect(invoiceLineFor(attended('intake'), own, SERVICES)).toMatchObject({
      code: '90791',
      amountMinor: 9_000,
    });
    const scaled = { serviceId: 'therapy', priceMinor: null, slidingScalePercent: 25 };
    expect(invoiceLineFor(attended(null), scaled, SERVICES).amountMinor).toBe(11_250);
    const both = { serviceId: null, priceMinor: 9_999, slidingScalePercent: 50 };
    expect(invoiceLineFor(attended(null), both, SERVICES).amountMinor).toBe(5_000);
  });

  it('has no fee when neither the client nor any service gives a price', () => {
    expect(invoiceLineFor(attended(null), undefined, SERVICES)).toEqual({
      service: undefined,
      description: 'Therapy session',
      code: '',
      amountMinor: null,
    });
    expect(invoiceLineFor(attended('retired'), undefined, SERVICES).amountMinor).toBeNull();
  });

  it('names a late cancellation and a missed session on their lines', () => {
    expect(
      invoiceLineFor({ status: 'cancelled-late', serviceId: 'therapy' }, undefined, SERVICES).description,
    ).toBe('Late cancellation: Individual therapy');
    expect(invoiceLineFor({ status: 'no-show', serviceId: null }, undefined, SERVICES).description).toBe(
      'Missed session: Therapy session',
    );
    expect([...BILLABLE_STATUSES].sort()).toEqual(['attended', 'cancelled-late', 'no-show']);
  });

  it('always gives a whole number of minor units, never more than the base price', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom<string | null>('therapy', 'intake', null),
        (priceMinor, slidingScalePercent, serviceId) => {
          const line = invoiceLineFor(
            attended(serviceId),
            { serviceId: null, priceMinor, slidingScalePercent },
            SERVICES,
          );
          const base = priceMinor ?? SERVICES.find((s) => s.id === serviceId)?.priceMinor;
          if (base === undefined) {
            expect(line.amountMinor).toBeNull();
          } else {
            expect(Number.isSafeInteger(line.amountMinor)).toBe(true);
            expect(line.amountMinor!).toBeLessThanOrEqual(base);
          }
        },
      ),
    );
  });
});
