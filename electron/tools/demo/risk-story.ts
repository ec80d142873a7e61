import type { Profile } from './banks/client-profile';
import type { SeededRandom } from './seeded-random';

type Answer = 'none' | 'past' | 'current' | 'not-asked';

/**
 * What the client said about risk at intake and what the notes then say of it, told once so the
 * risk section, the safety plan and every session's risk line agree.
 */
export interface RiskStory {
  suicidalThoughts: Answer;
  selfHarm: Answer;
  notes: string;
  safetyPlan: boolean;
  /** What an assessment section may say about risk in a session. */
  sessionLines: readonly string[];
  /** What a plan section may add about risk, if anything. */
  planLines: readonly string[];
  /** What every plan says while it holds: a period of raised risk is never left out of a note. */
  planMustSay?: string;
}

function protectiveFactors(profile: Profile, rng: SeededRandom): string {
  const factors = [
    ...(profile.household.children !== 'none' ? ['children'] : []),
    ...(profile.household.partner ? ['a partner'] : []),
    ...(profile.religious ? ['faith'] : []),
    rng.pick(['close friends', 'a sister', 'the dog', 'meaningful work', 'a cousin nearby']),
  ];
  return rng.sample(factors, Math.min(3, factors.length)).join(', ');
}

const CALM_LINES = [
  'No current risk to self or others reported',
  'Denied suicidal thoughts when asked directly',
];

export function makeRisk(profile: Profile, rng: SeededRandom): RiskStory {
  const kind = rng.weighted([
    ['none', 6],
    ['unasked', 1.5],
    ['past-self-harm', profile.age >= 20 ? 1.2 : 0],
    ['past-thoughts', 1],
    ['current-thoughts', 0.8],
  ] as const);
  const protective = protectiveFactors(profile, rng);
  const calm = {
    suicidalThoughts: 'none' as const,
    safetyPlan: false,
    sessionLines: [...CALM_LINES, `Risk unchanged from intake; protective factors are ${protective}`],
    planLines: [],
  };
  switch (kind) {
    case 'none':
      return {
        ...calm,
        selfHarm: 'none',
        notes: rng.pick([
          `No history of self-harm or suicidal thoughts. Protective factors: ${protective}.`,
          'Denies thoughts of harm to self or others; no history of self-harm.',
        ]),
      };
    case 'unasked':
      return {
        ...calm,
        selfHarm: 'not-asked',
        notes:
          'No suicidal thoughts. Self-harm not yet asked about; to come back to once there is more trust.',
        sessionLines: CALM_LINES,
      };
    case 'past-self-harm': {
      const then = rng.int(13, 17);
      return {
        ...calm,
        selfHarm: 'past',
        notes: `Self-harm at ${then}; none for ${profile.age - then} years. Protective factors: ${protective}.`,
      };
    }
    case 'past-thoughts':
    case 'current-thoughts': {
      const current = kind === 'current-thoughts';
      return {
        suicidalThoughts: current ? 'current' : 'past',
        selfHarm: rng.chance(0.3) ? 'past' : 'none',
        notes: current
          ? 'Passive thoughts of not waking up most evenings; no plan or intent. Safety plan agreed at the first session.'
          : 'Passive thoughts of not waking up during the worst weeks last year; none now, no plan. Safety plan agreed.',
        safetyPlan: true,
        sessionLines: [
          current
            ? 'Passive thoughts of not wanting to wake up, with no plan or intent; safety plan reviewed'
            : 'No return of the passive thoughts; safety plan reviewed',
          'Denied suicidal intent when asked directly',
          `Risk unchanged from intake; protective factors are ${protective}`,
        ],
        planLines: ['Risk reviewed; no change to the safety plan needed.'],
      };
    }
  }
}
