/*
 * An outcome measure as data: its words, its scoring and the published figures its change is
 * judged by. A new instrument is a new module of this shape added to the registry; no screen,
 * table or PDF needs to change for it.
 */

/** Languages an instrument's words may be given in; English is the one every instrument has. */
export type MeasureLanguage = 'en';

/** Everything a client reads, in one language: kept together so a translation is one object. */
export interface InstrumentText {
  /** The question every item answers (the instrument's own recall period is in it). */
  stem: string;
  /** One text per item, in the instrument's order. */
  items: readonly string[];
  /** One label per answer value, from the lowest value. */
  options: readonly string[];
}

export interface InstrumentLicence {
  /** Only an instrument whose authors allow it to be reproduced may be in the registry. */
  reproductionAllowed: boolean;
  /** The copyright holder's statement, in short, as it was read. */
  statement: string;
  sourceUrl: string;
}

export interface SeverityBand {
  key: string;
  label: string;
  /** Inclusive bounds of the total. */
  min: number;
  max: number;
}

/** A published figure and where it comes from, so the summary and the screens can say so. */
export interface SourcedFigure {
  value: number;
  source: string;
}

/**
 * What judges change between two scores. Reliable change is either computed (Jacobson–Truax)
 * from a published standard deviation and reliability, or taken as a published number of
 * points; an instrument records whichever its sources give, never a figure made up to fit.
 */
export interface ChangeCriteria {
  /** Lower totals are better (true of every symptom measure here). */
  lowerIsBetter: boolean;
  reliability:
    | { kind: 'published-points'; points: SourcedFigure }
    | { kind: 'jacobson-truax'; sd: SourcedFigure; r: SourcedFigure };
  /** The score that separates the clinical from the non-clinical range ("caseness"). */
  clinicalCutoff: SourcedFigure;
}

export interface MeasureInstrument {
  id: string;
  /** Changes whenever the words or the scoring do; stored with every completed measure. */
  version: string;
  shortName: string;
  name: string;
  /** The lowest and highest value of every item's answer. */
  itemMin: number;
  itemMax: number;
  text: Readonly<Record<MeasureLanguage, InstrumentText>>;
  bands: readonly SeverityBand[];
  change: ChangeCriteria;
  /** An item whose answer above zero is a risk to review (PHQ-9 item 9), by its index. */
  riskItem: { index: number; wording: string } | null;
  licence: InstrumentLicence;
}
