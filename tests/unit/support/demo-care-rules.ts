import type { CoherenceRule } from './demo-coherence-rules';
import {
  addressing,
  allText,
  EXPOSURE_THEMES,
  family,
  hasYoungChildren,
  livesWithPartner,
  THEME_SIGNS,
  themesOf,
  works,
} from './demo-record-facts';

export const THEME_RULES: CoherenceRule[] = [
  {
    name: 'the formulation names each presenting concern and no other',
    check: (client) => {
      const themes = themesOf(client);
      const stressors = client.intake.cultural.formulation.causeContext.stressors;
      if (themes.size === 0) return null;
      for (const [key, signs] of Object.entries(THEME_SIGNS)) {
        if (themes.has(key) !== signs.formulation.test(stressors))
          return `concerns ${[...themes].join(', ')}; formulation “${stressors}”`;
      }
      return null;
    },
  },
  {
    name: 'notes quote the formulation on the intake',
    check: (client) => {
      const stressors = client.intake.cultural.formulation.causeContext.stressors;
      for (const session of client.sessions) {
        const quoted = /consistent with the formulation: ([^.]*\.)/.exec(session.text)?.[1];
        if (quoted && !stressors.includes(quoted)) return `intake “${stressors}”; note “${quoted}”`;
      }
      return null;
    },
  },
  {
    name: 'sessions stay with the client’s own concerns',
    check: (client) => {
      const themes = themesOf(client);
      if (themes.size === 0) return null;
      for (const session of client.sessions) {
        for (const [key, signs] of Object.entries(THEME_SIGNS)) {
          if (!themes.has(key) && signs.sessions.test(session.text))
            return `concerns ${[...themes].join(', ')}; on ${session.date} “${session.text.match(signs.sessions)![0]}”`;
        }
        const exposure = /exposure/i.exec([session.text, ...session.addenda].join(' '));
        if (exposure && ![...themes].some((t) => EXPOSURE_THEMES.has(t)))
          return `concerns ${[...themes].join(', ')}; on ${session.date} exposure work`;
      }
      return null;
    },
  },
  {
    name: 'each concern fits the person’s life',
    check: (client) => {
      const themes = themesOf(client);
      const needs: [string, boolean, string][] = [
        ['relationship', livesWithPartner(client), family(client)],
        ['grief', !/mother|parents/i.test(family(client)), family(client)],
        ['parenting', hasYoungChildren(client), family(client)],
        ['burnout', works(client), addressing(client, 'socioeconomic')],
        ['socialAnxiety', works(client), addressing(client, 'socioeconomic')],
        [
          'acculturation',
          /^(came|moved|arrived)/i.test(client.intake.cultural.migrationHistory),
          client.intake.cultural.migrationHistory,
        ],
        [
          'identity',
          !/^straight/i.test(addressing(client, 'sexualOrientation')) ||
            !/^(woman|man)\b/i.test(addressing(client, 'gender')),
          addressing(client, 'sexualOrientation'),
        ],
      ];
      const unfit = needs.find(([theme, fits]) => themes.has(theme) && !fits);
      return unfit ? `${unfit[0]} for “${unfit[2]}”` : null;
    },
  },
  {
    name: 'every diagnosis has a goal once goals are set',
    check: (client) => {
      if (client.goals.length === 0) return null;
      const orphan = client.diagnoses.find((d) => {
        const key = Object.entries(THEME_SIGNS).find(([, s]) => s.concern.test(d))?.[0];
        return key && !client.goals.some((g) => THEME_SIGNS[key]!.concern.test(g.concern));
      });
      return orphan ? `diagnosis “${orphan}” without a goal` : null;
    },
  },
];

export const SESSION_RULES: CoherenceRule[] = [
  {
    name: 'the first session does not look back on earlier ones',
    check: (client) => {
      const first = client.sessions.find((s) => s.first);
      const back =
        first &&
        /homework had been|reviewed the homework|previous session|last session|a month ago|last week|goals agreed|building on/i.exec(
          first.text,
        );
      return back ? `first session “${back[0]}”: ${first.text}` : null;
    },
  },
  {
    name: 'video or phone sessions only with telehealth consent',
    check: (client) => {
      const remote = client.sessions.find((s) => s.modality !== 'in-person');
      const { consent } = client.intake;
      if (remote && !consent.telehealthConsent) return `${remote.modality} on ${remote.date} without consent`;
      if (/video/i.test(consent.notes) && !consent.telehealthConsent)
        return `“${consent.notes}” without consent`;
      return null;
    },
  },
  {
    name: 'who attended fits the client’s life',
    check: (client) => {
      const partner = client.sessions.find((s) => /partner/i.test(s.attendees));
      if (partner && !livesWithPartner(client)) return `“${partner.attendees}” but “${family(client)}”`;
      const parent = client.sessions.find((s) => /a parent joined/i.test(s.attendees));
      return parent && client.age >= 18 ? `“${parent.attendees}” at ${client.age}` : null;
    },
  },
  {
    name: 'pronouns in the notes are the client’s',
    check: (client) => {
      const wrong =
        client.intake.identity.pronouns === 'she/her'
          ? /\b(he|him|his|himself)\b|ideas of their own/
          : client.intake.identity.pronouns === 'he/him'
            ? /\b(she|her|hers|herself)\b|ideas of their own/
            : /\b(she|he|him|his|hers|herself|himself)\b/;
      const session = client.sessions.find((s) => wrong.test(s.text));
      return session
        ? `${client.intake.identity.pronouns}: “${session.text.match(wrong)![0]}” on ${session.date}`
        : null;
    },
  },
  {
    name: 'reasons for breaks, cancellations and endings fit the client’s life',
    check: (client) => {
      const needs: [RegExp, boolean][] = [
        [/exam/i, /^$|student|school|sixth form/i.test(addressing(client, 'socioeconomic'))],
        [/work trip|shift/i, works(client)],
        [/child unwell/i, hasYoungChildren(client)],
        [/funding ended/i, client.insured || /employee assistance/i.test(client.intake.fees.arrangement)],
      ];
      const reason = client.reasons.find((r) => needs.some(([pattern, fits]) => pattern.test(r) && !fits));
      return reason ? `“${reason}”` : null;
    },
  },
  {
    name: 'a medication change is only noted for someone on medication',
    check: (client) => {
      const addendum = client.sessions.flatMap((s) => s.addenda).find((a) => /medication/i.test(a));
      return addendum && /^none\b/i.test(client.intake.history.medications)
        ? `“${addendum}” with medications “${client.intake.history.medications}”`
        : null;
    },
  },
];

export const MONEY_RULES: CoherenceRule[] = [
  {
    name: 'the fee on the intake is the fee charged',
    check: (client) => {
      const { arrangement, slidingScale } = client.intake.fees;
      const reduced = /sliding|reduced/i.test(arrangement);
      if (reduced !== slidingScale || reduced !== client.slidingScalePercent > 0)
        return `“${arrangement}”, sliding ${slidingScale}, ${client.slidingScalePercent}% off`;
      if (/insurance/i.test(arrangement) !== client.insured)
        return `“${arrangement}”, insured ${client.insured}`;
      if (/employee assistance/i.test(arrangement) && !works(client))
        return `“${arrangement}” for “${addressing(client, 'socioeconomic')}”`;
      if (/student/i.test(arrangement) && !/^$|student/i.test(addressing(client, 'socioeconomic')))
        return `“${arrangement}” for “${addressing(client, 'socioeconomic')}”`;
      return null;
    },
  },
];

export const TEXT_RULES: CoherenceRule[] = [
  {
    name: 'no word or phrase twice in a row (“grew up grew up”)',
    check: (client) =>
      allText(client)
        .map((t) => /.{0,30}(?<!\p{L})(\p{L}{2,}(?: \p{L}+){0,2}) \1(?!\p{L})/iu.exec(t)?.[0])
        .find(Boolean) ?? null,
  },
  {
    name: '“an” before a vowel sound',
    check: (client) =>
      allText(client)
        .map((t) => /.{0,30}(?<!\p{L})a [aeio]\p{L}+/u.exec(t)?.[0])
        .find(Boolean) ?? null,
  },
  {
    name: 'a sentence does not call a setback progress',
    check: (client) =>
      client.sessions.map((s) => /[^.]*\bsetback\b[^.]*\beasier\b[^.]*/i.exec(s.text)?.[0]).find(Boolean) ??
      null,
  },
  {
    name: 'verbs agree with “they”',
    check: (client) =>
      allText(client)
        .map((t) => /.{0,30}\bthey (was|is|has|feels)\b/i.exec(t)?.[0])
        .find(Boolean) ?? null,
  },
];
