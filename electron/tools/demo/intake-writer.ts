import type { IntakeInput } from '../../../shared/clients/intake-schema';
import { INTAKE } from './banks/intake-phrases';
import type { DemoPerson } from './demo-person';
import { fill, type Slots } from './phrase-filler';
import type { SeededRandom } from './seeded-random';

/** Some of what the client said in their first language, with its meaning, or nothing. */
function ownLanguage(person: DemoPerson, rng: SeededRandom): string {
  const { phrases, language } = person.culture;
  if (phrases.length === 0 || !rng.chance(0.6)) return '';
  const phrase = rng.pick(phrases);
  return ` In ${language}: “${phrase.text}” (${phrase.meaning})`;
}

function addressing(text: string, rng: SeededRandom, relevant = 0.2) {
  if (rng.chance(0.08)) return { text: '', preferNotToSay: true, relevant: false };
  return { text, preferNotToSay: false, relevant: text !== '' && rng.chance(relevant) };
}

/**
 * The full intake of one client, as the clinician would have filled it over the first sessions:
 * most sections complete, some fields left for later, as in a real record.
 */
export function writeIntake(person: DemoPerson, firstSession: string, rng: SeededRandom): IntakeInput {
  const { culture } = person;
  const [theme, second] = person.themes as [DemoPerson['themes'][number], ...DemoPerson['themes']];
  const place = rng.pick(culture.places);
  const slots: Slots = {
    ...person.voice,
    heritage: culture.heritage[0] ?? 'their background',
    place,
    age: () => String(rng.int(4, 30)),
    event: () => rng.pick(INTAKE.events),
  };
  const say = (bank: readonly string[]) => fill(rng.pick(bank), rng, slots);
  const born = culture.language && rng.chance(0.75) ? say(INTAKE.migration) : `Born and raised in ${place}.`;
  const gender =
    person.pronouns === 'they/them'
      ? INTAKE.genderN
      : person.given.gender === 'm'
        ? INTAKE.genderM
        : INTAKE.genderF;
  const risky = rng.chance(0.15);
  return {
    identity: {
      chosenName: person.chosenName,
      legalName: person.legalName,
      pronouns: person.pronouns,
      dateOfBirth: person.dateOfBirth,
      email: person.email,
      phone: person.phone,
      address: `${rng.int(1, 120)} ${rng.pick(INTAKE.street)}`,
      mayLeaveMessages: rng.pick([true, true, false, null]),
      emergencyContact: `${rng.pick(INTAKE.relation)}, 07700 900${String(rng.int(0, 999)).padStart(3, '0')}`,
      preferredLanguage: culture.language && rng.chance(0.2) ? culture.language : 'English',
      interpreterNeeded: culture.language !== '' && rng.chance(0.05),
      referralSource: rng.pick(INTAKE.referral),
    },
    presenting: {
      inOwnWords: `${rng.pick(theme.ownWords)}${second ? ` ${rng.pick(second.ownWords)}` : ''}${ownLanguage(person, rng)}`,
      whyNow: rng.pick(theme.whyNow),
      hopes: rng.pick(theme.hopes),
    },
    history: {
      previousTherapy: rng.pick(INTAKE.previousTherapy),
      medical: rng.pick(INTAKE.medical),
      medications: rng.pick(INTAKE.medications),
      substanceUse: rng.pick(INTAKE.substanceUse),
    },
    risk: {
      suicidalThoughts: risky ? rng.pick(['past', 'current'] as const) : 'none',
      selfHarm: risky ? 'past' : rng.pick(['none', 'none', 'not-asked'] as const),
      harmToOthers: 'none',
      notes: rng.pick(INTAKE.riskNotes),
      safetyPlan: risky,
      safetyPlanDate: risky ? firstSession : '',
    },
    consent: {
      informedConsentDate: firstSession,
      confidentialityLimitsDiscussed: true,
      telehealthConsent: rng.chance(0.6),
      notes: rng.pick(INTAKE.consentNotes),
    },
    fees: { arrangement: rng.pick(INTAKE.fees), slidingScale: rng.chance(0.2) },
    cultural: {
      addressing: {
        age: addressing(`Grew up ${rng.pick(INTAKE.generation)}.`, rng),
        developmentalDisability: addressing(rng.chance(0.15) ? rng.pick(INTAKE.developmental) : '', rng),
        acquiredDisability: addressing(rng.chance(0.15) ? rng.pick(INTAKE.acquired) : '', rng),
        religion: addressing(rng.pick(culture.religion), rng, 0.3),
        ethnicity: addressing(rng.pick(culture.heritage), rng, 0.3),
        socioeconomic: addressing(`Works as a ${rng.pick(INTAKE.jobs)}; ${rng.pick(INTAKE.money)}.`, rng),
        sexualOrientation: addressing(rng.pick(INTAKE.orientation), rng),
        indigenousHeritage: addressing(culture.key === 'maori' ? rng.pick(culture.heritage) : '', rng, 0.5),
        nationalOrigin: addressing(born, rng, 0.4),
        gender: addressing(rng.pick(gender), rng),
      },
      formulation: {
        definition: {
          ownWords: `${rng.pick(theme.ownWords)}${ownLanguage(person, rng)}`,
          othersView: say(INTAKE.othersView),
          hardest: rng.pick(theme.whyNow),
        },
        causeContext: {
          cause: say(INTAKE.cause),
          stressors: rng.pick(theme.formulation),
          supports: say(INTAKE.strengths),
          identityRole: rng.chance(0.6) ? rng.pick(culture.heritage) : '',
        },
        copingHelpSeeking: {
          coping: rng.pick(INTAKE.coping),
          pastHelp: rng.pick(INTAKE.pastHelp),
          barriers: rng.pick(INTAKE.barriers),
        },
        currentHelpSeeking: {
          hopes: rng.pick(theme.hopes),
          otherHelp: rng.pick(INTAKE.otherHelp),
          relationship: say(INTAKE.relationship),
        },
      },
      languages: rng.pick(culture.languagesSpoken),
      migrationHistory: culture.language ? born : '',
      familyAndCommunity: say(INTAKE.family),
      strengthsAndSupports: say(INTAKE.strengths),
      humilityReflection: say(INTAKE.humility),
    },
  };
}
