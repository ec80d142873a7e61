import type { Profile } from './banks/client-profile';
import type { SeededRandom } from './seeded-random';

/**
 * A condition as the intake records it: the line in the medical history, what the client takes
 * for it, and how it limits them day to day, if it does. Who it can be true of is part of it.
 */
interface Condition {
  key: string;
  medical: string;
  medication: string;
  disability?: string;
  fits: (p: Profile, themes: readonly string[], firstYear: number) => boolean;
  /** Conditions it must not be combined with (propranolol is not given with asthma). */
  excludes?: readonly string[];
}

const MOOD_OR_ANXIETY = ['low-mood', 'grief', 'panic', 'health-anxiety', 'social-anxiety', 'trauma'];

const CONDITIONS: readonly Condition[] = [
  {
    key: 'asthma',
    medical: 'Asthma, well controlled.',
    medication: 'Salbutamol inhaler as needed.',
    fits: () => true,
  },
  {
    key: 'migraine',
    medical: 'Migraines, two or three a month.',
    medication: 'Sumatriptan when a migraine starts.',
    fits: () => true,
  },
  {
    key: 'diabetes',
    medical: 'Type 1 diabetes since childhood.',
    medication: 'Insulin (pump).',
    fits: () => true,
  },
  {
    key: 'thyroid',
    medical: 'Hypothyroidism, found at a routine blood test.',
    medication: 'Levothyroxine.',
    fits: (p) => p.age >= 25,
  },
  {
    key: 'coeliac',
    medical: 'Coeliac disease; keeps to a gluten-free diet.',
    medication: '',
    fits: () => true,
  },
  {
    key: 'back',
    medical: 'Back injury from a fall; chronic pain.',
    medication: 'Naproxen on bad days.',
    disability: 'Chronic back pain since a fall; cannot sit for long.',
    fits: (p) => p.age >= 25,
  },
  {
    key: 'hearing',
    medical: 'Hearing loss in one ear after an infection.',
    medication: '',
    disability: 'Hearing loss in one ear; prefers the quieter room.',
    fits: () => true,
  },
  {
    key: 'covid',
    medical: 'Long COVID since an infection in 2021; fatigue.',
    medication: '',
    disability: 'Long COVID fatigue; shorter sessions on bad days.',
    fits: (_p, _t, firstYear) => firstYear >= 2022,
  },
  {
    key: 'blood-pressure',
    medical: 'High blood pressure.',
    medication: 'Amlodipine.',
    fits: (p) => p.age >= 45,
  },
  {
    key: 'sertraline',
    medical: 'Low mood and anxiety treated by the GP; started sertraline last year.',
    medication: 'Sertraline 50 mg daily.',
    fits: (p, themes) => p.age >= 18 && themes.some((t) => MOOD_OR_ANXIETY.includes(t)),
  },
  {
    key: 'propranolol',
    medical: 'Anxiety with a racing heart; the GP prescribed propranolol.',
    medication: 'Propranolol as needed; rarely uses it.',
    fits: (p, themes) => p.age >= 18 && themes.some((t) => ['panic', 'social-anxiety'].includes(t)),
    excludes: ['asthma'],
  },
  {
    key: 'pill',
    medical: 'Contraception: the combined pill, through the GP.',
    medication: 'Combined contraceptive pill.',
    fits: (p) => p.gender === 'woman' && !p.trans && p.age >= 16 && p.age <= 49,
  },
];

const HORMONES = {
  woman: {
    medical: 'Gender-affirming hormone therapy through the gender clinic.',
    medication: 'Oestradiol patches.',
  },
  man: {
    medical: 'Gender-affirming hormone therapy through the gender clinic.',
    medication: 'Testosterone gel.',
  },
} as const;

export interface HealthStory {
  medical: string;
  medications: string;
  /** How a condition limits the client, for the ADDRESSING framework; empty when none does. */
  disability: string;
  onMedication: boolean;
}

/** Nothing, or one or two conditions, each with the medication it needs. */
export function makeHealth(
  profile: Profile,
  themes: readonly string[],
  firstYear: number,
  rng: SeededRandom,
): HealthStory {
  const chosen: Pick<Condition, 'medical' | 'medication' | 'disability'>[] = [];
  if (profile.trans && profile.gender !== 'non-binary' && rng.chance(0.8))
    chosen.push(HORMONES[profile.gender]);
  const count = rng.weighted([
    [0, 5],
    [1, 4],
    [2, 1],
  ] as const);
  const taken: Condition[] = [];
  const clash = (a: Condition, b: Condition) =>
    (a.excludes?.includes(b.key) ?? false) || (b.excludes?.includes(a.key) ?? false);
  for (const condition of rng.sample(CONDITIONS, CONDITIONS.length)) {
    if (taken.length >= count) break;
    if (!condition.fits(profile, themes, firstYear) || taken.some((t) => clash(t, condition))) continue;
    taken.push(condition);
  }
  chosen.push(...taken);
  const medications = chosen.map((c) => c.medication).filter((m) => m !== '');
  return {
    medical: chosen.map((c) => c.medical).join(' ') || 'No significant history.',
    medications: medications.join(' ') || 'None.',
    disability: chosen.find((c) => c.disability)?.disability ?? '',
    onMedication: medications.length > 0,
  };
}
