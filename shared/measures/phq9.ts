import type { MeasureInstrument } from './instrument';
import {
  FREQUENCY_OPTIONS,
  MCMILLAN_2010,
  PHQ_SCREENERS_LICENCE,
  TALKING_THERAPIES_MANUAL,
} from './phq-screeners-licence';

/**
 * The Patient Health Questionnaire (PHQ-9), Kroenke, Spitzer and Williams (2001). Its official
 * English words; translations published at phqscreeners.com can be added under `text` once a
 * verified copy is at hand. The unscored tenth question (how difficult the problems made things)
 * is not asked: it adds nothing to the total this record tracks.
 */
export const PHQ9: MeasureInstrument = {
  id: 'phq9',
  version: '1',
  shortName: 'PHQ-9',
  name: 'Patient Health Questionnaire (PHQ-9)',
  itemMin: 0,
  itemMax: 3,
  text: {
    en: {
      stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
      items: [
        'Little interest or pleasure in doing things',
        'Feeling down, depressed, or hopeless',
        'Trouble falling or staying asleep, or sleeping too much',
        'Feeling tired or having little energy',
        'Poor appetite or overeating',
        'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
        'Trouble concentrating on things, such as reading the newspaper or watching television',
        'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
        'Thoughts that you would be better off dead or of hurting yourself in some way',
      ],
      options: FREQUENCY_OPTIONS,
    },
  },
  bands: [
    { key: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { key: 'mild', label: 'Mild', min: 5, max: 9 },
    { key: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { key: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
    { key: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
  change: {
    lowerIsBetter: true,
    reliability: { kind: 'published-points', points: { value: 6, source: TALKING_THERAPIES_MANUAL } },
    clinicalCutoff: { value: 10, source: `${TALKING_THERAPIES_MANUAL}; ${MCMILLAN_2010}` },
  },
  riskItem: { index: 8, wording: 'Thoughts of being better off dead or of self-harm (item 9)' },
  licence: PHQ_SCREENERS_LICENCE,
};
