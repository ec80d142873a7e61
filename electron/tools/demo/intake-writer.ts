import type { IntakeInput } from '../../../shared/clients/intake-schema';
import { INTAKE } from './banks/intake-phrases';
import { GENERATION, GENDER_TEXT, ORIENTATION_TEXT, PREVIOUS_THERAPY } from './banks/life-phrases';
import type { DemoPerson } from './demo-person';
import type { Profile } from './banks/client-profile';
import { fitting, suits } from './person-profile';
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
  if (text === '' || rng.chance(0.06)) return { text: '', preferNotToSay: text !== '', relevant: false };
  return { text, preferNotToSay: false, relevant: rng.chance(relevant) };
}

/** Whole years between the date of birth and the day, as a form would count them. */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

function genderText(p: Profile, rng: SeededRandom): string {
  if (p.gender === 'non-binary') return rng.pick(GENDER_TEXT['non-binary']);
  return rng.pick(GENDER_TEXT[p.trans ? (`trans ${p.gender}` as const) : p.gender]);
}

function orientationText(p: Profile, rng: SeededRandom): string {
  const base = ORIENTATION_TEXT[p.orientation];
  const plain = p.orientation === 'straight' || p.orientation === 'gay' || p.orientation === 'lesbian';
  if (!p.partnerGender || (plain && rng.chance(0.5))) return `${base}.`;
  return `${base}; partner is ${p.partnerGender === 'non-binary' ? 'non-binary' : `a ${p.partnerGender}`}.`;
}

function feeArrangement(p: Profile): string {
  switch (p.funding) {
    case 'parents':
      return `Parents pay £70 per session by ${p.payBy}.`;
    case 'student':
      return 'Reduced fee of £35 while a student.';
    case 'sliding':
      return 'Sliding scale: £40 per session for six months, then review.';
    case 'eap':
      return 'Employee assistance programme covers eight sessions, then £65.';
    case 'insurance':
      return 'Insurance, pre-authorised for ten sessions.';
    case 'self':
      return `£70 per session, paid by ${p.payBy}.`;
  }
}

function emergencyContact(p: Profile, rng: SeededRandom): string {
  const relation = p.household.partner
    ? 'Partner'
    : p.stage === 'teen'
      ? /^Lives with father/.test(p.household.text)
        ? 'Father'
        : rng.pick(['Mother', 'Father'])
      : p.household.children === 'grown'
        ? rng.pick(['Daughter', 'Son'])
        : rng.pick(INTAKE.relation);
  return `${relation}, 07700 900${String(rng.int(0, 999)).padStart(3, '0')}`;
}

/**
 * The full intake of one client, as the clinician would have filled it over the first sessions:
 * most sections complete, some fields left for later, as in a real record. Every answer comes from
 * the one person: their profile, concerns, health and risk.
 */
export function writeIntake(
  person: DemoPerson,
  firstSession: string,
  telehealth: boolean,
  rng: SeededRandom,
): IntakeInput {
  const { culture, profile, health, risk } = person;
  const [theme, second] = person.themes as [DemoPerson['themes'][number], ...DemoPerson['themes']];
  const slots: Slots = {
    ...person.voice,
    event: () => rng.pick(INTAKE.events.filter((e) => suits(e, profile))),
  };
  const say = (bank: readonly string[], faith: readonly string[] = []) =>
    fill(
      rng.pick([...bank, ...(profile.religious ? faith : [])].filter((s) => suits(s, profile))),
      rng,
      slots,
    );
  const age = ageOn(person.dateOfBirth, firstSession);
  const born = profile.migration.text;
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
      emergencyContact: emergencyContact(profile, rng),
      preferredLanguage: culture.language && rng.chance(0.2) ? culture.language : 'English',
      interpreterNeeded: culture.language !== '' && rng.chance(0.05),
      referralSource: person.referral,
    },
    presenting: {
      inOwnWords: `${rng.pick(theme.ownWords)}${second ? ` ${rng.pick(second.ownWords)}` : ''}${ownLanguage(person, rng)}`,
      whyNow: rng.pick(theme.whyNow),
      hopes: rng.pick(theme.hopes),
    },
    history: {
      previousTherapy: rng.pick(fitting(PREVIOUS_THERAPY, profile)),
      medical: health.medical,
      medications: health.medications,
      substanceUse: rng.pick(age >= 18 ? INTAKE.substanceUse : INTAKE.teenSubstanceUse),
    },
    risk: {
      suicidalThoughts: risk.suicidalThoughts,
      selfHarm: risk.selfHarm,
      harmToOthers: 'none',
      notes: risk.notes,
      safetyPlan: risk.safetyPlan,
      safetyPlanDate: risk.safetyPlan ? firstSession : '',
    },
    consent: {
      informedConsentDate: firstSession,
      confidentialityLimitsDiscussed: true,
      telehealthConsent: telehealth,
      notes: rng.pick(INTAKE.consentNotes.filter((n) => telehealth || !/video/i.test(n))),
    },
    fees: {
      arrangement: feeArrangement(profile),
      slidingScale: profile.funding === 'sliding' || profile.funding === 'student',
    },
    cultural: {
      addressing: {
        age: addressing(`Aged ${age}; ${rng.pick(fitting(GENERATION, profile))}.`, rng),
        developmentalDisability: addressing(rng.chance(0.15) ? say(INTAKE.developmental) : '', rng),
        acquiredDisability: addressing(health.disability, rng),
        religion: profile.religion
          ? { text: profile.religion, preferNotToSay: false, relevant: rng.chance(0.3) }
          : { text: '', preferNotToSay: true, relevant: false },
        ethnicity: addressing(profile.heritage, rng, 0.3),
        socioeconomic: addressing(profile.socioeconomic, rng),
        sexualOrientation: addressing(orientationText(profile, rng), rng),
        indigenousHeritage: addressing(culture.key === 'maori' ? profile.heritage : '', rng, 0.5),
        nationalOrigin: addressing(born, rng, 0.4),
        gender: addressing(genderText(profile, rng), rng),
      },
      formulation: {
        definition: {
          ownWords: `${rng.pick(theme.ownWords)}${ownLanguage(person, rng)}`,
          othersView: say(INTAKE.othersView, INTAKE.faith.othersView),
          hardest: rng.pick(theme.whyNow),
        },
        causeContext: {
          cause: say(INTAKE.cause),
          stressors: person.formulation.join(' '),
          supports: say(INTAKE.strengths, INTAKE.faith.strengths),
          identityRole: rng.chance(0.6) ? profile.heritage : '',
        },
        copingHelpSeeking: {
          coping: say(INTAKE.coping, INTAKE.faith.coping),
          pastHelp: say(INTAKE.pastHelp, INTAKE.faith.pastHelp),
          barriers: say(INTAKE.barriers),
        },
        currentHelpSeeking: {
          hopes: rng.pick(theme.hopes),
          otherHelp: say(INTAKE.otherHelp),
          relationship: say(INTAKE.relationship, INTAKE.faith.relationship),
        },
      },
      languages: rng.pick(culture.languagesSpoken),
      migrationHistory: culture.language ? born : '',
      familyAndCommunity: profile.household.text,
      strengthsAndSupports: say(INTAKE.strengths, INTAKE.faith.strengths),
      humilityReflection: say(INTAKE.humility, INTAKE.faith.humility),
    },
  };
}
