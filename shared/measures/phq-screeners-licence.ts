import type { InstrumentLicence } from './instrument';

/** The PHQ and GAD-7 family share one statement from Pfizer, who hold the copyright. */
export const PHQ_SCREENERS_LICENCE: InstrumentLicence = {
  reproductionAllowed: true,
  statement:
    'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  sourceUrl: 'https://www.phqscreeners.com/',
};

/** The answer options the PHQ-9 and GAD-7 share, valued 0 to 3. */
export const FREQUENCY_OPTIONS = [
  'Not at all',
  'Several days',
  'More than half the days',
  'Nearly every day',
] as const;

/*
 * Where the change figures come from. The NHS Talking Therapies (formerly IAPT) manual defines
 * reliable improvement as a fall of at least 6 points on the PHQ-9 and 4 on the GAD-7, and
 * caseness as 10 or more on the PHQ-9 and 8 or more on the GAD-7. McMillan, Gilbody and Richards
 * (2010) discuss reliable and clinically significant change on the PHQ-9 with a cut-off of 10.
 * These figures were not re-read from the papers while writing this module: they are the widely
 * used ones, named with the sources that publish them.
 */
export const TALKING_THERAPIES_MANUAL =
  'NHS Talking Therapies for anxiety and depression manual (NHS England), reliable improvement and caseness';
export const MCMILLAN_2010 =
  'McMillan D, Gilbody S, Richards D (2010). Defining successful treatment outcome in depression using the PHQ-9. J Affect Disord 127:122–129';
