import { describe, expect, it } from 'vitest';
import { dueOn, type DueFacts } from '../../shared/measures/measure-due';
import { GAD7 } from '../../shared/measures/gad7';
import type { MeasureInstrument } from '../../shared/measures/instrument';
import { PHQ9 } from '../../shared/measures/phq9';
import { buildRegistry, INSTRUMENTS } from '../../shared/measures/registry';
import {
  changeInWords,
  differenceError,
  judgeChange,
  reliableChangeIndex,
  reliableChangePoints,
  standardError,
} from '../../shared/measures/reliable-change';
import { scoreMeasure } from '../../shared/measures/scoring';

/*
 * Each example is worked by hand: the answers are written out and their sum is counted in the
 * comment, so the scorer is checked against arithmetic done outside it.
 */
describe('the PHQ-9 scores by sum into its published bands', () => {
  const cases: [number[], number, string][] = [
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'minimal'],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild'],
    [[1, 1, 1, 1, 1, 1, 1, 1, 1], 9, 'mild'],
    [[2, 1, 1, 1, 1, 1, 1, 1, 1], 10, 'moderate'],
    [[2, 2, 2, 2, 2, 1, 1, 1, 1], 14, 'moderate'],
    [[2, 2, 2, 2, 2, 2, 1, 1, 1], 15, 'moderately-severe'],
    [[3, 3, 3, 2, 2, 2, 2, 1, 1], 19, 'moderately-severe'],
    [[3, 3, 3, 3, 2, 2, 2, 1, 1], 20, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 'severe'],
  ];
  it.each(cases)('%j totals %i, %s', (answers, total, band) => {
    const score = scoreMeasure(PHQ9, answers);
    expect(score.total).toBe(total);
    expect(score.band.key).toBe(band);
  });

  it('raises the risk flag when item 9 is answered above zero, and only then', () => {
    expect(scoreMeasure(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1]).riskRaised).toBe(true);
    expect(scoreMeasure(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 3]).riskRaised).toBe(true);
    expect(scoreMeasure(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).riskRaised).toBe(false);
  });

  it('refuses answers that are too few, too many or out of range', () => {
    expect(() => scoreMeasure(PHQ9, [1, 1, 1])).toThrow(/all 9 questions/);
    expect(() => scoreMeasure(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow(/all 9 questions/);
    expect(() => scoreMeasure(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 4])).toThrow(/0 to 3/);
    expect(() => scoreMeasure(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1.5])).toThrow(/whole number/);
  });
});

describe('the GAD-7 scores by sum into its published bands', () => {
  const cases: [number[], number, string][] = [
    [[0, 0, 0, 0, 0, 0, 0], 0, 'minimal'],
    [[1, 1, 1, 1, 0, 0, 0], 4, 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0], 5, 'mild'],
    [[2, 2, 2, 1, 1, 1, 0], 9, 'mild'],
    [[2, 2, 2, 1, 1, 1, 1], 10, 'moderate'],
    [[2, 2, 2, 2, 2, 2, 2], 14, 'moderate'],
    [[3, 2, 2, 2, 2, 2, 2], 15, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3], 21, 'severe'],
  ];
  it.each(cases)('%j totals %i, %s', (answers, total, band) => {
    const score = scoreMeasure(GAD7, answers);
    expect(score.total).toBe(total);
    expect(score.band.key).toBe(band);
    expect(score.riskRaised).toBe(false);
  });
});

describe('reliable and clinically significant change (Jacobson–Truax)', () => {
  it('computes SE, S_diff and the RCI as the formulas give them', () => {
    // SD 5, r 0.84: SE = 5 × √0.16 = 2; S_diff = √2 × 2 ≈ 2.828; a fall of 8 is RCI ≈ −2.828.
    expect(standardError(5, 0.84)).toBeCloseTo(2, 10);
    expect(differenceError(5, 0.84)).toBeCloseTo(2 * Math.SQRT2, 10);
    expect(reliableChangeIndex(20, 12, 5, 0.84)).toBeCloseTo(-8 / (2 * Math.SQRT2), 10);
  });

  it('takes its threshold from the SD and reliability when an instrument gives those', () => {
    const computed: MeasureInstrument = {
      ...PHQ9,
      change: {
        ...PHQ9.change,
        reliability: {
          kind: 'jacobson-truax',
          sd: { value: 5, source: 'test' },
          r: { value: 0.84, source: 'test' },
        },
      },
    };
    // 1.96 × 2.828… ≈ 5.54: a fall of 5 is not reliable, a fall of 6 is.
    expect(reliableChangePoints(computed)).toBeCloseTo(1.96 * 2 * Math.SQRT2, 10);
    expect(judgeChange(computed, 15, 10).direction).toBe('no-reliable-change');
    expect(judgeChange(computed, 15, 9).direction).toBe('improved');
  });

  it('judges PHQ-9 change by the published 6 points and the cut-off of 10', () => {
    expect(reliableChangePoints(PHQ9)).toBe(6);
    expect(judgeChange(PHQ9, 12, 7)).toMatchObject({ direction: 'no-reliable-change' });
    expect(judgeChange(PHQ9, 18, 11)).toMatchObject({ direction: 'improved', clinicallySignificant: false });
    expect(judgeChange(PHQ9, 14, 8)).toMatchObject({ direction: 'improved', clinicallySignificant: true });
    expect(judgeChange(PHQ9, 8, 15)).toMatchObject({ direction: 'deteriorated', latestClinical: true });
    expect(changeInWords(PHQ9, judgeChange(PHQ9, 14, 8))).toBe(
      'Down 6 points: a reliable improvement; clinically significant: now below the cut-off of 10.',
    );
    expect(changeInWords(PHQ9, judgeChange(PHQ9, 12, 7))).toBe(
      'Down 5 points: not a reliable change (6 points or more needed).',
    );
  });

  it('judges GAD-7 change by the published 4 points and the cut-off of 8', () => {
    expect(judgeChange(GAD7, 10, 7)).toMatchObject({ direction: 'no-reliable-change' });
    expect(judgeChange(GAD7, 10, 6)).toMatchObject({ direction: 'improved', clinicallySignificant: true });
    expect(judgeChange(GAD7, 12, 8)).toMatchObject({ direction: 'improved', clinicallySignificant: false });
  });
});

describe('the instrument registry', () => {
  it('holds the PHQ-9 and GAD-7, each with its licence and where it was read', () => {
    expect([...INSTRUMENTS.keys()]).toEqual(['phq9', 'gad7']);
    for (const instrument of INSTRUMENTS.values()) {
      expect(instrument.licence.reproductionAllowed).toBe(true);
      expect(instrument.licence.sourceUrl).toMatch(/^https:\/\//);
    }
  });

  it('refuses an instrument whose licence does not allow reproduction', () => {
    const licensed = { ...PHQ9, id: 'licensed', licence: { ...PHQ9.licence, reproductionAllowed: false } };
    expect(() => buildRegistry([PHQ9, licensed])).toThrow(/licence does not allow/);
  });

  it('refuses bands that leave a total unnamed, and the same instrument twice', () => {
    const gap = { ...GAD7, bands: GAD7.bands.filter((b) => b.key !== 'mild') };
    expect(() => buildRegistry([gap])).toThrow(/gap/);
    expect(() => buildRegistry([GAD7, GAD7])).toThrow(/twice/);
  });
});

describe('when a scheduled measure is due', () => {
  const base: DueFacts = {
    cadence: 'every-2-weeks',
    startOn: '2026-03-02',
    active: true,
    lastCompletedOn: null,
    today: '2026-03-02',
    sessionToday: false,
    dischargedOn: null,
  };
  it('every two or four weeks: from the start, then that long after the last completion', () => {
    expect(dueOn(base)).toBe('2026-03-02');
    expect(dueOn({ ...base, today: '2026-03-01' })).toBeNull();
    expect(dueOn({ ...base, lastCompletedOn: '2026-03-02', today: '2026-03-15' })).toBeNull();
    expect(dueOn({ ...base, lastCompletedOn: '2026-03-02', today: '2026-03-16' })).toBe('2026-03-16');
    expect(dueOn({ ...base, lastCompletedOn: '2026-03-02', today: '2026-04-01' })).toBe('2026-03-16');
    const four = { ...base, cadence: 'every-4-weeks' as const, lastCompletedOn: '2026-03-02' };
    expect(dueOn({ ...four, today: '2026-03-29' })).toBeNull();
    expect(dueOn({ ...four, today: '2026-03-30' })).toBe('2026-03-30');
    // A completion before the schedule began does not count towards it.
    expect(dueOn({ ...base, lastCompletedOn: '2026-02-20', today: '2026-03-03' })).toBe('2026-03-02');
    expect(dueOn({ ...base, active: false })).toBeNull();
  });

  it('every session: on a day with a session, until it is done that day', () => {
    const session = { ...base, cadence: 'every-session' as const, today: '2026-03-09' };
    expect(dueOn(session)).toBeNull();
    expect(dueOn({ ...session, sessionToday: true })).toBe('2026-03-09');
    expect(dueOn({ ...session, sessionToday: true, lastCompletedOn: '2026-03-09' })).toBeNull();
  });

  it('at intake and discharge: once from the start, again once discharged', () => {
    const ends = { ...base, cadence: 'intake-and-discharge' as const, today: '2026-05-01' };
    expect(dueOn(ends)).toBe('2026-03-02');
    expect(dueOn({ ...ends, lastCompletedOn: '2026-03-02' })).toBeNull();
    expect(dueOn({ ...ends, lastCompletedOn: '2026-03-02', dischargedOn: '2026-04-30' })).toBe('2026-04-30');
    expect(dueOn({ ...ends, lastCompletedOn: '2026-04-30', dischargedOn: '2026-04-30' })).toBeNull();
  });
});
