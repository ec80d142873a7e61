import type { MeasureInstrument } from './instrument';
import { FREQUENCY_OPTIONS, PHQ_SCREENERS_LICENCE, TALKING_THERAPIES_MANUAL } from './phq-screeners-licence';

/**
 * The Generalized Anxiety Disorder scale (GAD-7), Spitzer, Kroenke, Williams and Löwe (2006). Its
 * official English words; translations can be added under `text` once a verified copy is at hand.
 */
export const GAD7: MeasureInstrument = {
  id: 'gad7',
  version: '1',
  shortName: 'GAD-7',
  name: 'Generalized Anxiety Disorder scale (GAD-7)',
  itemMin: 0,
  itemMax: 3,
  text: {
    en: {
      stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
      items: [
        'Feeling nervous, anxious or on edge',
        'Not being able to stop or control worrying',
        'Worrying too much about different things',
        'Trouble relaxing',
        'Being so restless that it is hard to sit still',
        'Becoming easily annoyed or irritable',
        'Feeling afraid as if something awful might happen',
      ],
      options: FREQUENCY_OPTIONS,
    },
  },
  bands: [
    { key: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { key: 'mild', label: 'Mild', min: 5, max: 9 },
    { key: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { key: 'severe', label: 'Severe', min: 15, max: 21 },
  ],
  change: {
    lowerIsBetter: true,
    reliability: { kind: 'published-points', points: { value: 4, source: TALKING_THERAPIES_MANUAL } },
    clinicalCutoff: { value: 8, source: TALKING_THERAPIES_MANUAL },
  },
  riskItem: null,
  licence: PHQ_SCREENERS_LICENCE,
};
