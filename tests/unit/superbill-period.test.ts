import { describe, expect, it } from 'vitest';
import { lastMonth, superbillFileName, thisMonth, thisYear } from '../../shared/billing/superbill-period';

describe('superbill periods', () => {
  it('takes last month across a year end and over a leap day', () => {
    expect(lastMonth('2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(lastMonth('2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(lastMonth('2027-03-01')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(thisMonth('2026-04-30')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(thisYear('2026-07-04')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('suggests file names with the period and never a name', () => {
    expect(superbillFileName({ from: '2026-11-01', to: '2026-11-30' })).toBe('superbill-2026-11.pdf');
    expect(superbillFileName({ from: '2026-01-01', to: '2026-12-31' })).toBe('superbill-2026.pdf');
    expect(superbillFileName({ from: '2026-11-03', to: '2026-12-02' })).toBe(
      'superbill-2026-11-03-to-2026-12-02.pdf',
    );
  });
});
