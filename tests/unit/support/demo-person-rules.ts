import type { CoherenceRule } from './demo-coherence-rules';
import { addressing, allText, cisWoman, family, FAITH_WORDS, NON_RELIGIOUS } from './demo-record-facts';

/** Medications and the condition the medical history must then name. */
const MEDICATION_NEEDS: readonly [RegExp, RegExp][] = [
  [/insulin/i, /diabetes/i],
  [/levothyroxine/i, /thyroid/i],
  [/inhaler|salbutamol/i, /asthma/i],
  [/sertraline|citalopram|fluoxetine/i, /low mood|depress|anxiety|panic/i],
  [/propranolol/i, /anxiety|panic|racing heart/i],
  [/contracepti/i, /contracepti/i],
  [/sumatriptan/i, /migraine/i],
  [/oestradiol|testosterone/i, /gender|hormone/i],
  [/naproxen|ibuprofen|codeine/i, /pain|injury/i],
  [/amlodipine|ramipril/i, /blood pressure/i],
];

export const HISTORY_RULES: CoherenceRule[] = [
  {
    name: 'a medication comes with the condition it treats in the medical history',
    check: ({ intake: { history } }) => {
      const missing = MEDICATION_NEEDS.find(
        ([med, condition]) => med.test(history.medications) && !condition.test(history.medical),
      );
      if (missing) return `medical “${history.medical}” beside medications “${history.medications}”`;
      if (/no significant/i.test(history.medical) && !/^none\b/i.test(history.medications))
        return `“${history.medical}” beside “${history.medications}”`;
      return null;
    },
  },
  {
    name: 'a condition that needs daily medication has it',
    check: ({ intake: { history } }) =>
      (/type 1 diabetes/i.test(history.medical) && !/insulin/i.test(history.medications)) ||
      (/hypothyroid/i.test(history.medical) && !/levothyroxine/i.test(history.medications))
        ? `“${history.medical}” beside “${history.medications}”`
        : null,
  },
  {
    name: 'the contraceptive pill only for a woman whose body and age allow it',
    check: (client) =>
      /contracepti/i.test(client.intake.history.medications) &&
      !(cisWoman(client) && client.age >= 15 && client.age <= 50)
        ? `pill for “${addressing(client, 'gender')}”, aged ${client.age}`
        : null,
  },
  {
    name: 'an acquired disability is in the medical history too',
    check: (client) => {
      const disability = addressing(client, 'acquiredDisability');
      const medical = client.intake.history.medical;
      const word = /back pain|hearing|covid/i.exec(disability)?.[0];
      return word && (!new RegExp(word.split(' ')[0]!, 'i').test(medical) || /no significant/i.test(medical))
        ? `“${disability}” but medical “${medical}”`
        : null;
    },
  },
];

export const IDENTITY_RULES: CoherenceRule[] = [
  {
    name: 'pronouns agree with the gender on record',
    check: (client) => {
      const gender = addressing(client, 'gender');
      const pronouns = client.intake.identity.pronouns;
      if (!gender) return null;
      const fits =
        pronouns === 'she/her'
          ? /^(trans )?woman\b/i.test(gender)
          : pronouns === 'he/him'
            ? /^(trans )?man\b/i.test(gender)
            : /non-binary|genderqueer|agender/i.test(gender);
      return fits ? null : `${pronouns} with “${gender}”`;
    },
  },
  {
    name: 'sexual orientation fits the gender and the partner',
    check: (client) => {
      const gender = addressing(client, 'gender');
      const orientation = addressing(client, 'sexualOrientation');
      if (!gender) return null;
      const woman = /^(trans )?woman\b/i.test(gender);
      const man = /^(trans )?man\b/i.test(gender);
      const partner = /partner is an? (woman|man)/i.exec(orientation)?.[1]?.toLowerCase();
      if (/^lesbian/i.test(orientation) && (!woman || partner === 'man'))
        return `“${gender}” and “${orientation}”`;
      if (/^gay/i.test(orientation) && (!man || partner === 'woman'))
        return `“${gender}” and “${orientation}”`;
      if (
        /^straight/i.test(orientation) &&
        ((!woman && !man) || (woman ? partner === 'woman' : partner === 'man'))
      )
        return `“${gender}” and “${orientation}”`;
      return null;
    },
  },
  {
    name: 'the stated age and life stage match the date of birth',
    check: (client) => {
      const stated = /\b(\d+)\b/.exec(addressing(client, 'age'))?.[1];
      if (stated && Number(stated) !== client.age) return `“${addressing(client, 'age')}” but ${client.age}`;
      const text = [
        family(client),
        addressing(client, 'socioeconomic'),
        client.intake.history.previousTherapy,
      ];
      if (client.age < 18 && /partner|children|works as|retired|university|couples/i.test(text.join(' ')))
        return `aged ${client.age}: ${text.join(' / ')}`;
      if (client.age < 18 && /alcohol|cannabis/i.test(client.intake.history.substanceUse))
        return `aged ${client.age}: ${client.intake.history.substanceUse}`;
      if (client.age < 16 && /sixth form/i.test(addressing(client, 'socioeconomic')))
        return `aged ${client.age}: ${addressing(client, 'socioeconomic')}`;
      if (client.age < 55 && /retired/i.test(addressing(client, 'socioeconomic')))
        return `aged ${client.age}: ${addressing(client, 'socioeconomic')}`;
      const arrived = /\bat (\d+)\b/.exec(client.intake.cultural.migrationHistory)?.[1];
      if (arrived && Number(arrived) >= client.age)
        return `aged ${client.age}: ${client.intake.cultural.migrationHistory}`;
      const born = Number(client.intake.identity.dateOfBirth.slice(0, 4));
      if (/pandemic/i.test(addressing(client, 'age')) && (born < 1999 || born > 2008))
        return `born ${born}: ${addressing(client, 'age')}`;
      return null;
    },
  },
  {
    name: 'one heritage: ethnicity and the identity named in the formulation agree',
    check: (client) => {
      const role = client.intake.cultural.formulation.causeContext.identityRole;
      const ethnicity = addressing(client, 'ethnicity');
      return role && ethnicity && role !== ethnicity ? `ethnicity “${ethnicity}”, identity “${role}”` : null;
    },
  },
  {
    name: 'faith is only mentioned for someone who has one',
    check: (client) => {
      const religion = client.intake.cultural.addressing.religion;
      if (!religion.preferNotToSay && !NON_RELIGIOUS.test(religion.text)) return null;
      const found = allText(client).find((t) => t !== religion.text && FAITH_WORDS.test(t));
      return found ? `religion “${religion.text}” but “${found}”` : null;
    },
  },
];

export const RISK_RULES: CoherenceRule[] = [
  {
    name: '“not yet asked” about self-harm never beside an answer about self-harm',
    check: ({ intake: { risk } }) =>
      risk.selfHarm === 'not-asked' &&
      /self-harm (as|at|in|when)\b|history of self-harm|self-harmed/i.test(risk.notes)
        ? `not asked, but “${risk.notes}”`
        : null,
  },
  {
    name: 'self-harm in the past is recorded as such',
    check: ({ intake: { risk } }) => {
      const past = /self-harm (as|at|in|when)\b|self-harmed/i.test(risk.notes);
      const none = /no (history of )?self-harm/i.test(risk.notes);
      if (past && risk.selfHarm !== 'past') return `${risk.selfHarm}, but “${risk.notes}”`;
      if (none && risk.selfHarm !== 'none') return `${risk.selfHarm}, but “${risk.notes}”`;
      return null;
    },
  },
  {
    name: 'a safety plan exactly when there have been suicidal thoughts, and the notes say so',
    check: ({ intake: { risk } }) => {
      const thoughts = risk.suicidalThoughts === 'past' || risk.suicidalThoughts === 'current';
      if (thoughts !== risk.safetyPlan)
        return `thoughts ${risk.suicidalThoughts}, safety plan ${risk.safetyPlan}`;
      if (/safety plan/i.test(risk.notes) !== risk.safetyPlan)
        return `safety plan ${risk.safetyPlan}: “${risk.notes}”`;
      if (!thoughts && /passive thoughts/i.test(risk.notes))
        return `thoughts ${risk.suicidalThoughts}: “${risk.notes}”`;
      return null;
    },
  },
  {
    name: 'session notes speak of a safety plan or passive thoughts only when the intake has them',
    check: (client) => {
      if (client.intake.risk.safetyPlan) return null;
      const found = client.sessions.find((s) => /safety plan|passive thoughts/i.test(s.text));
      return found ? `no safety plan at intake, but on ${found.date}: ${found.text}` : null;
    },
  },
  {
    name: 'protective factors are the client’s own',
    check: (client) => {
      const risky = [client.intake.risk.notes, ...client.sessions.map((s) => s.text)].join(' ');
      const factors = /protective factors[^.;]*/gi;
      for (const [match] of risky.matchAll(factors)) {
        if (/children/i.test(match) && !/children|son|daughter|toddler/i.test(family(client)))
          return `“${match}” but “${family(client)}”`;
      }
      return null;
    },
  },
];
