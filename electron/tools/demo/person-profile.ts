import type { CultureProfile } from './banks/culture-profile';
import { HOUSEHOLDS, JOBS, MONEY, RETIRED, SCHOOL, STUDENT, type Fitting } from './banks/life-phrases';
import type { SeededRandom } from './seeded-random';
import type { Funding, Gender, LifeStage, Occupation, Orientation, Profile } from './banks/client-profile';

const NOT_RELIGIOUS =
  /^(none|no religion|atheist|secular)\b|not religious|not practising|agnostic|laïque|not otherwise religious/i;

export function fitting(bank: readonly Fitting[], profile: Profile): string[] {
  return bank.filter((entry) => entry.fits?.(profile) ?? true).map((entry) => entry.text);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function lifeStage(age: number): LifeStage {
  return age < 18 ? 'teen' : age < 30 ? 'young' : age < 50 ? 'adult' : 'older';
}

function orientationFor(gender: Gender, rng: SeededRandom): Orientation {
  if (gender === 'non-binary')
    return rng.weighted([
      ['queer', 3],
      ['bisexual', 1],
      ['unlabelled', 2],
    ] as const);
  return rng.weighted([
    ['straight', 6],
    [gender === 'woman' ? 'lesbian' : 'gay', 1.4],
    ['bisexual', 1],
    ['queer', 0.5],
    ['unlabelled', 0.6],
  ] as const);
}

function partnerFor(gender: Gender, orientation: Orientation, rng: SeededRandom): Gender {
  if (orientation === 'straight') return gender === 'woman' ? 'man' : 'woman';
  if (orientation === 'lesbian' || orientation === 'gay') return gender;
  return rng.weighted([
    ['woman', 2],
    ['man', 2],
    ['non-binary', 1],
  ] as const);
}

type HouseholdKey = keyof typeof HOUSEHOLDS;

function household(stage: LifeStage, age: number, rng: SeededRandom): Profile['household'] {
  const choices: Record<LifeStage, readonly (readonly [HouseholdKey, number])[]> = {
    teen: [['teen', 1]],
    young: [
      ['parents', 2],
      ['flatmates', 3],
      ['alone', 1.5],
      ['partner', 2],
      ['young', age >= 23 ? 0.8 : 0],
    ],
    adult: [
      ['alone', 2],
      ['partner', 2],
      ['young', 4],
      ['single', 1.2],
      ['flatmates', 0.5],
    ],
    older: [
      ['alone', 1.5],
      ['partner', 1.5],
      ['grown', 3],
      ['young', age < 56 ? 1 : 0],
    ],
  };
  const key = rng.weighted(choices[stage]);
  const index = rng.int(0, HOUSEHOLDS[key].length - 1);
  const text = HOUSEHOLDS[key][index]!;
  return {
    text,
    partner: /with a partner/.test(text),
    children: key === 'young' || key === 'single' ? 'young' : key === 'grown' ? 'grown' : 'none',
  };
}

function occupation(stage: LifeStage, age: number, rng: SeededRandom): Occupation {
  if (stage === 'teen') return 'school';
  if (stage === 'young' && age < 26 && rng.chance(0.35)) return 'student';
  if (age >= 63 && rng.chance(0.8)) return 'retired';
  return rng.chance(0.1) ? 'between' : 'employed';
}

function socioeconomic(profile: Profile, rng: SeededRandom): string {
  const job = rng.pick(JOBS);
  switch (profile.occupation) {
    case 'school':
      return rng.pick(fitting(SCHOOL, profile));
    case 'student':
      return rng.pick(STUDENT);
    case 'retired':
      return `Retired ${job}; ${rng.pick(RETIRED)}.`;
    case 'between':
      return `Lost a job as ${article(job)} in the spring; worried about money.`;
    case 'employed':
      return `Works as ${article(job)}; ${rng.pick(MONEY.filter((m) => m.fits?.(profile) ?? true)).text}.`;
  }
}

function funding(profile: Profile, rng: SeededRandom): Funding {
  switch (profile.occupation) {
    case 'school':
      return 'parents';
    case 'student':
      return 'student';
    case 'employed':
      return rng.weighted([
        ['self', 4],
        ['eap', 1.5],
        ['insurance', 2],
        ['sliding', 1],
      ] as const);
    default:
      return rng.weighted([
        ['self', 2],
        ['sliding', 2],
        ['insurance', 1],
      ] as const);
  }
}

function migration(profile: Profile, culture: CultureProfile, place: string, rng: SeededRandom) {
  const { age } = profile;
  if (!culture.language) return { text: `Born and raised in ${place}.`, arrivedAt: null };
  if (!rng.chance(0.75)) return { text: `Born here to parents who came from ${place}.`, arrivedAt: null };
  const ways: [(n: number) => string, number, number, boolean][] = [
    [(n) => `Came here at ${n} with parents; the family did not talk about why they left.`, 3, 15, true],
    [
      (n) => `Arrived at ${n} as a refugee with an older brother; the rest of the family followed later.`,
      4,
      16,
      true,
    ],
    [(n) => `Moved here for university at ${n} and stayed.`, 18, 23, age >= 20],
    [
      (n) => `Moved here at ${n} for a partner’s job; misses the light at home.`,
      22,
      45,
      profile.household.partner,
    ],
    [(n) => `Came here at ${n} for work; ${place} still feels like home.`, 20, 45, age >= 22],
  ];
  const [say, from, to] = rng.pick(ways.filter(([, from, , fits]) => fits && from < age));
  const arrivedAt = rng.int(from, Math.min(to, age - 1));
  return { text: say(arrivedAt), arrivedAt };
}

/** The facts of one life, consistent with its age, gender and background. */
export function makeProfile(
  culture: CultureProfile,
  gender: Gender,
  age: number,
  bornYear: number,
  rng: SeededRandom,
): Profile {
  const stage = lifeStage(age);
  const trans = gender !== 'non-binary' && age >= 18 && rng.chance(0.06);
  const orientation = orientationFor(gender, rng);
  const home = household(stage, age, rng);
  const religion = rng.chance(0.08) ? '' : rng.pick(culture.religion);
  const profile: Profile = {
    age,
    bornYear,
    stage,
    gender,
    trans,
    orientation,
    partnerGender: home.partner ? partnerFor(gender, orientation, rng) : null,
    household: home,
    occupation: occupation(stage, age, rng),
    socioeconomic: '',
    funding: 'self',
    payBy: 'bank transfer',
    migration: { text: '', arrivedAt: null },
    religion,
    religious: religion !== '' && !NOT_RELIGIOUS.test(religion),
    heritage: rng.pick(culture.heritage),
  };
  profile.migration = migration(profile, culture, rng.pick(culture.places), rng);
  profile.socioeconomic = socioeconomic(profile, rng);
  profile.funding = funding(profile, rng);
  profile.payBy = profile.funding === 'insurance' ? 'insurance' : rng.chance(0.6) ? 'bank transfer' : 'card';
  return profile;
}

/**
 * Whether a general phrase can be said of this client: some assume a partner, a job, young
 * children, study, a move from abroad or outside funding, and are left out for anyone else.
 */
export function suits(text: string, p: Profile): boolean {
  if (/\bpartner/i.test(text) && !p.household.partner) return false;
  if (/\bshifts?\b|\bwork\b|redundancy|colleague/i.test(text) && p.occupation !== 'employed') return false;
  if (/\bchild/i.test(text) && p.household.children !== 'young') return false;
  if (/\bexams?\b/i.test(text) && p.occupation !== 'school' && p.occupation !== 'student') return false;
  if (/visit home|abroad/i.test(text) && p.migration.arrivedAt === null) return false;
  if (/funding/i.test(text) && p.funding !== 'eap' && p.funding !== 'insurance') return false;
  return true;
}
