import { addDays } from './calendar';
import { CULTURES } from './banks/cultures';
import type { CultureProfile, GivenName } from './banks/culture-profile';
import { REFERRAL } from './banks/life-phrases';
import { THEMES, type Theme } from './banks/themes';
import { makeHealth, type HealthStory } from './health-story';
import type { Gender, Profile } from './banks/client-profile';
import { fitting, makeProfile } from './person-profile';
import { makeRisk, type RiskStory } from './risk-story';
import type { SeededRandom } from './seeded-random';

export type Pronouns = 'she/her' | 'he/him' | 'they/them';

export interface DemoPerson {
  culture: CultureProfile;
  given: GivenName;
  chosenName: string;
  legalName: string;
  pronouns: Pronouns;
  dateOfBirth: string;
  email: string;
  phone: string;
  profile: Profile;
  /** What brings them: the first is the main concern; a second, if any, is named beside it. */
  themes: readonly Theme[];
  /** The formulation's sentences, one for each concern, quoted by the notes as they are. */
  formulation: readonly string[];
  health: HealthStory;
  risk: RiskStory;
  referral: string;
  /** Words the notes use for this person: {Name}, {they}, {their}, {them}, {theirs}. */
  voice: { name: string; they: string; their: string; them: string; theirs: string };
}

const VOICES: Record<Pronouns, Omit<DemoPerson['voice'], 'name'>> = {
  'she/her': { they: 'she', their: 'her', them: 'her', theirs: 'hers' },
  'he/him': { they: 'he', their: 'his', them: 'him', theirs: 'his' },
  'they/them': { they: 'they', their: 'their', them: 'them', theirs: 'theirs' },
};

function chooseName(culture: CultureProfile, given: GivenName, rng: SeededRandom): string {
  const other = culture.otherNames?.[given.gender === 'm' ? 'm' : 'f'];
  if (other && rng.chance(0.3)) return rng.pick(other);
  if (given.familiar && rng.chance(0.5)) return given.familiar;
  return given.name;
}

function chooseThemes(profile: Profile, rng: SeededRandom): Theme[] {
  const open = THEMES.filter((theme) => theme.fits?.(profile) ?? true);
  const main = rng.pick(open);
  const others = open.filter((theme) => theme !== main);
  return rng.chance(0.35) ? [main, rng.pick(others)] : [main];
}

/**
 * One invented client: a given and a family name of one background, combined at random, with
 * contact details from ranges reserved for fiction (07700 900xxx, example.org), and one life
 * (profile, concerns, health, risk) that everything written about them draws on.
 */
export function makePerson(
  rng: SeededRandom,
  index: number,
  startOfCare: string,
  firstSession: string,
): DemoPerson {
  const culture = rng.weighted(CULTURES.map((c) => [c, c.weight] as const));
  const given = rng.pick(culture.given);
  const family = rng.pick(culture.family);
  const familyName = given.gender === 'f' && family.feminine ? family.feminine : family.name;
  const legalName = culture.familyFirst
    ? `${familyName}${culture.joiner}${given.name}`
    : `${given.name}${culture.joiner}${familyName}`;
  const chosenName = chooseName(culture, given, rng);
  const pronouns: Pronouns =
    given.gender === 'n' || rng.chance(0.06) ? 'they/them' : given.gender === 'f' ? 'she/her' : 'he/him';
  const ageYears = rng.weighted([
    [rng.int(15, 17), 1],
    [rng.int(18, 29), 4],
    [rng.int(30, 49), 5],
    [rng.int(50, 78), 2],
  ] as const);
  const dateOfBirth = addDays(startOfCare, -(ageYears * 365 + rng.int(0, 364)));
  const gender: Gender = pronouns === 'they/them' ? 'non-binary' : pronouns === 'she/her' ? 'woman' : 'man';
  const profile = makeProfile(culture, gender, ageYears, Number(dateOfBirth.slice(0, 4)), rng);
  const themes = chooseThemes(profile, rng);
  const themeKeys = themes.map((t) => t.key);
  return {
    culture,
    given,
    chosenName,
    legalName,
    pronouns,
    dateOfBirth,
    email: `${given.latin}.${family.latin}${index}@example.org`,
    phone: `07700 900${String(rng.int(0, 999)).padStart(3, '0')}`,
    profile,
    themes,
    formulation: themes.map((theme) => rng.pick(theme.formulation)),
    health: makeHealth(profile, themeKeys, Number(firstSession.slice(0, 4)), rng),
    risk: makeRisk(profile, rng),
    referral:
      profile.funding === 'eap' && rng.chance(0.7)
        ? 'Employee assistance programme'
        : rng.pick(fitting(REFERRAL, profile)),
    voice: { name: chosenName, ...VOICES[pronouns] },
  };
}
