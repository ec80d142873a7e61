import type { Profile } from './client-profile';

/**
 * The parts of a life the intake records, each with who it can be true of, so that one client's
 * age, household, work and history agree. Invented throughout.
 */
export interface Fitting {
  text: string;
  fits?: (p: Profile) => boolean;
}

export const HOUSEHOLDS = {
  teen: [
    'Lives with parents and a younger brother.',
    'Lives with father and a younger brother.',
    'Lives with mother and grandmother; father works abroad.',
    'Lives with parents and grandmother; the family runs a shop together.',
  ],
  parents: ['Lives with parents and a younger sister; saving to move out.'],
  flatmates: [
    'Shares a flat with friends. Family is “loving but loud”.',
    'Shares a flat with two flatmates.',
  ],
  alone: [
    'Lives alone. Parents divorced; in touch with mother weekly.',
    'Lives alone; close to a sister who lives nearby.',
  ],
  partner: [
    'Lives with a partner; no children. Large extended family, many abroad.',
    'Lives with a partner and a cat; sees family most Sundays.',
  ],
  young: [
    'Lives with a partner and two children. The in-laws are nearby and helpful.',
    'Lives with a partner and a toddler; both work shifts.',
  ],
  single: ['Lives with two children; their other parent has them at weekends.'],
  grown: [
    'Lives with a partner; two grown children and a grandchild nearby.',
    'Lives alone since the divorce; a grown daughter visits weekly.',
  ],
} as const;

export const JOBS = [
  'nurse',
  'software tester',
  'teaching assistant',
  'delivery driver',
  'accountant',
  'chef',
  'care worker',
  'architect',
  'shop manager',
  'researcher',
  'cleaner',
  'bus driver',
  'pharmacist',
  'musician',
  'electrician',
  'engineer',
] as const;

export const MONEY: readonly Fitting[] = [
  { text: 'money is tight since the rent went up' },
  { text: 'comfortable, and a little guilty about it' },
  { text: 'sends money home every month', fits: (p) => p.migration.arrivedAt !== null },
  { text: 'works extra shifts to make ends meet' },
];

export const SCHOOL: readonly Fitting[] = [
  { text: 'At school, in the sixth form; a Saturday job at a bakery.', fits: (p) => p.age >= 16 },
  { text: 'At school; the family’s money is tight since the rent went up.' },
];
export const STUDENT = [
  'University student; student loan and a part-time job in a café.',
  'University student; parents help with the rent.',
];
export const RETIRED = ['lives on a small pension', 'a comfortable pension; volunteers twice a week'];

/** Said of the client's age and generation, after “Aged N;”. */
export const GENERATION: readonly Fitting[] = [
  { text: 'still at school and living at home', fits: (p) => p.stage === 'teen' },
  { text: 'grew up online; friendships there matter as much as in person', fits: (p) => p.bornYear >= 1995 },
  {
    text: 'came of age during the pandemic and missed the last school year',
    fits: (p) => p.bornYear >= 2001 && p.bornYear <= 2005 && p.stage !== 'teen',
  },
  { text: 'first in the family to go to university', fits: (p) => p.age >= 19 && p.occupation !== 'school' },
  {
    text: 'remembers the 2008 recession hitting the family hard',
    fits: (p) => p.bornYear >= 1990 && p.bornYear <= 2000,
  },
  { text: 'spent the teenage years caring for a grandparent', fits: (p) => p.age >= 20 },
  {
    text: 'stretched between young children and ageing parents',
    fits: (p) => p.household.children === 'young' && p.age >= 35,
  },
  { text: 'retired recently and misses the structure of work', fits: (p) => p.occupation === 'retired' },
  { text: 'a grandparent, and proud of it', fits: (p) => p.household.children === 'grown' },
];

export const PREVIOUS_THERAPY: readonly Fitting[] = [
  { text: 'None.' },
  { text: 'School counsellor for a term last year; it helped a bit.', fits: (p) => p.stage === 'teen' },
  {
    text: 'Six sessions of CBT through the GP two years ago; found it “too quick”.',
    fits: (p) => p.age >= 20,
  },
  { text: 'Counselling at university; helpful at the time.', fits: (p) => p.age >= 21 },
  { text: 'Saw a psychiatrist as a teenager; does not want to go into it yet.', fits: (p) => p.age >= 22 },
  {
    text: 'Couples counselling with a former partner; stopped after three sessions.',
    fits: (p) => p.age >= 25,
  },
];

export const REFERRAL: readonly Fitting[] = [
  { text: 'GP' },
  { text: 'Self-referral through the website', fits: (p) => p.stage !== 'teen' },
  { text: 'A friend who was a client', fits: (p) => p.stage !== 'teen' },
  { text: 'School nurse', fits: (p) => p.stage === 'teen' },
  { text: 'A parent found the website', fits: (p) => p.stage === 'teen' },
  { text: 'University counselling service', fits: (p) => p.occupation === 'student' },
  { text: 'Community centre' },
  { text: 'Previous therapist, who moved away', fits: (p) => p.age >= 22 },
];

export const GENDER_TEXT = {
  woman: ['Woman.', 'Woman; “I never thought about it much”.'],
  man: ['Man.', 'Man; says masculinity at home meant “never cry”.'],
  'trans woman': ['Trans woman; out to family and friends.', 'Trans woman; transitioned some years ago.'],
  'trans man': ['Trans man; out at work.', 'Trans man; family took time but are close now.'],
  'non-binary': ['Non-binary.', 'Genderqueer; uses they/them.'],
} as const;

export const ORIENTATION_TEXT = {
  straight: 'Straight',
  gay: 'Gay',
  lesbian: 'Lesbian',
  bisexual: 'Bisexual',
  queer: 'Queer',
  unlabelled: 'Prefers not to label it',
} as const;
