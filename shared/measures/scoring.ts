import type { MeasureInstrument, SeverityBand } from './instrument';

export interface MeasureScore {
  total: number;
  band: SeverityBand;
  /** The instrument's risk item was answered above zero. */
  riskRaised: boolean;
}

/** Says what is wrong with a set of answers for this instrument, or null when they will do. */
export function answersProblem(instrument: MeasureInstrument, answers: readonly number[]): string | null {
  const count = instrument.text.en.items.length;
  if (answers.length !== count) return `Answer all ${count} questions of the ${instrument.shortName}.`;
  const bad = answers.some((a) => !Number.isInteger(a) || a < instrument.itemMin || a > instrument.itemMax);
  return bad ? `Each answer is a whole number from ${instrument.itemMin} to ${instrument.itemMax}.` : null;
}

export function bandFor(instrument: MeasureInstrument, total: number): SeverityBand {
  const band = instrument.bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`${total} is outside the ${instrument.shortName}'s range.`);
  return band;
}

/** The PHQ-9 and GAD-7 are scored by summing the answers. */
export function scoreMeasure(instrument: MeasureInstrument, answers: readonly number[]): MeasureScore {
  const problem = answersProblem(instrument, answers);
  if (problem) throw new RangeError(problem);
  const total = answers.reduce((sum, a) => sum + a, 0);
  const risk = instrument.riskItem;
  return { total, band: bandFor(instrument, total), riskRaised: risk !== null && answers[risk.index]! > 0 };
}
