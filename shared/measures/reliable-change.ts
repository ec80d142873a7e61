import type { MeasureInstrument } from './instrument';

/*
 * Jacobson and Truax (1991): a change is reliable when it is larger than measurement error would
 * explain at the 95% level. SE = SD·√(1−r), S_diff = √2·SE, RCI = (x2−x1)/S_diff, reliable when
 * |RCI| > 1.96. Clinically significant change is a reliable change that also crosses the cut-off
 * between the clinical and non-clinical range.
 */

const Z_95 = 1.96;

export function standardError(sd: number, r: number): number {
  return sd * Math.sqrt(1 - r);
}

export function differenceError(sd: number, r: number): number {
  return Math.SQRT2 * standardError(sd, r);
}

export function reliableChangeIndex(first: number, latest: number, sd: number, r: number): number {
  return (latest - first) / differenceError(sd, r);
}

/** The smallest change in points that is reliable for this instrument, from its published figures. */
export function reliableChangePoints(instrument: MeasureInstrument): number {
  const reliability = instrument.change.reliability;
  if (reliability.kind === 'published-points') return reliability.points.value;
  return Z_95 * differenceError(reliability.sd.value, reliability.r.value);
}

export type ReliableDirection = 'improved' | 'deteriorated' | 'no-reliable-change';

export interface ChangeVerdict {
  difference: number;
  direction: ReliableDirection;
  /** Reliable improvement from the clinical into the non-clinical range. */
  clinicallySignificant: boolean;
  /** True when the client is now in the clinical range ("caseness"). */
  latestClinical: boolean;
}

export function isClinical(instrument: MeasureInstrument, total: number): boolean {
  const cutoff = instrument.change.clinicalCutoff.value;
  return instrument.change.lowerIsBetter ? total >= cutoff : total <= cutoff;
}

export function judgeChange(instrument: MeasureInstrument, first: number, latest: number): ChangeVerdict {
  const difference = latest - first;
  const better = instrument.change.lowerIsBetter ? -difference : difference;
  const reliable = Math.abs(difference) >= reliableChangePoints(instrument);
  const direction: ReliableDirection = !reliable
    ? 'no-reliable-change'
    : better > 0
      ? 'improved'
      : 'deteriorated';
  const latestClinical = isClinical(instrument, latest);
  return {
    difference,
    direction,
    clinicallySignificant: direction === 'improved' && isClinical(instrument, first) && !latestClinical,
    latestClinical,
  };
}

/** The verdict in words, for the screens and the summary. */
export function changeInWords(instrument: MeasureInstrument, verdict: ChangeVerdict): string {
  const points = Math.abs(verdict.difference);
  const moved =
    verdict.difference === 0
      ? 'No change'
      : `${verdict.difference < 0 ? 'Down' : 'Up'} ${points} point${points === 1 ? '' : 's'}`;
  const threshold = reliableChangePoints(instrument);
  const reliable =
    verdict.direction === 'no-reliable-change'
      ? `not a reliable change (${formatPoints(threshold)} or more needed)`
      : `a reliable ${verdict.direction === 'improved' ? 'improvement' : 'deterioration'}`;
  const clinical = verdict.clinicallySignificant
    ? `; clinically significant: now below the cut-off of ${instrument.change.clinicalCutoff.value}`
    : verdict.latestClinical
      ? `; still at or above the cut-off of ${instrument.change.clinicalCutoff.value}`
      : '';
  return `${moved}: ${reliable}${clinical}.`;
}

function formatPoints(points: number): string {
  return `${Number.isInteger(points) ? points : points.toFixed(1)} points`;
}
