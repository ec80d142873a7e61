import { describe, expect, it } from 'vitest';
import { gasTScore } from '../../shared/goals/gas';

describe('GAS T-score', () => {
  it('is 50 when every goal lands exactly as expected', () => {
    expect(gasTScore([{ weight: 1, level: 0 }])).toBe(50);
    expect(
      gasTScore([
        { weight: 2, level: 0 },
        { weight: 3, level: 0 },
      ]),
    ).toBe(50);
  });

  it('single goal: each level is 10 points, whatever its weight', () => {
    // denominator √(0.7·w² + 0.3·w²) = w, so T = 50 + 10·x
    expect(gasTScore([{ weight: 1, level: 1 }])).toBeCloseTo(60, 10);
    expect(gasTScore([{ weight: 3, level: -2 }])).toBeCloseTo(30, 10);
  });

  it('three equally weighted goals all at +1 (worked by hand: 50 + 30/√4.8 = 63.693)', () => {
    const t = gasTScore([1, 1, 1].map((weight) => ({ weight, level: 1 as const })));
    expect(t).toBeCloseTo(63.6931, 4);
  });

  it('unequal weights 1, 2, 3 at +1, 0, −1 (worked by hand: 50 − 20/√20.6 = 45.5935)', () => {
    const t = gasTScore([
      { weight: 1, level: 1 },
      { weight: 2, level: 0 },
      { weight: 3, level: -1 },
    ]);
    expect(t).toBeCloseTo(45.5935, 4);
  });

  it('two goals at baselines −1 and −2, weights 2 and 1 (worked by hand: 50 − 40/√6.2 = 33.9356)', () => {
    // Σwx = −2 − 2 = −4; Σw² = 5; (Σw)² = 9; √(0.7·5 + 0.3·9) = √6.2 = 2.48998
    const t = gasTScore([
      { weight: 2, level: -1 },
      { weight: 1, level: -2 },
    ]);
    expect(t).toBeCloseTo(33.9356, 4);
  });

  it('has nothing to score without goals', () => {
    expect(gasTScore([])).toBeNull();
  });
});
