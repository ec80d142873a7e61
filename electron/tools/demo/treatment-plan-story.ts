import type { GasLevel } from '../../../shared/goals/gas';
import type { GoalInput } from '../../../shared/goals/goal-contract';
import type {
  InvolvedPerson,
  ObjectiveProgress,
  SessionPlan,
} from '../../../shared/goals/treatment-plan-contract';
import type { Theme } from './banks/themes';
import type { DemoPerson } from './demo-person';
import type { GoalTrack } from './goal-tracks';
import type { SeededRandom } from './seeded-random';

/** The approaches a clinician would plan for each concern the generator knows. */
const MODALITIES: Record<string, readonly string[]> = {
  panic: ['CBT'],
  trauma: ['EMDR', 'CBT'],
  sleep: ['CBT'],
  'health-anxiety': ['CBT', 'ACT'],
  'social-anxiety': ['CBT'],
  'low-mood': ['CBT', 'Person-centred'],
  grief: ['Person-centred'],
  burnout: ['ACT', 'Solution-focused'],
  relationship: ['Family / systemic'],
  identity: ['Person-centred', 'Psychodynamic'],
  acculturation: ['Person-centred', 'Solution-focused'],
  parenting: ['Family / systemic', 'Solution-focused'],
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

/**
 * A goal's objectives in the clinician's framing, from the goal itself: the expected level of its
 * ladder, observed by the target date, and the client's first step kept up between sessions.
 */
export function objectivesFor(track: GoalTrack): GoalInput['objectives'] {
  const [, , expected] = track.template.levels;
  const firstStep = track.template.steps.find(([, who]) => who === 'client') ?? track.template.steps[0];
  const keys = track.objectiveKeys;
  const objectives: NonNullable<GoalInput['objectives']> = [
    {
      ...(keys[0] ? { objectiveKey: keys[0] } : {}),
      text: `By the target date, ${lowerFirst(expected)}, as reported by the client and seen in session.`,
      gasLevel: 0,
    },
  ];
  if (firstStep) {
    objectives.push({
      ...(keys[1] ? { objectiveKey: keys[1] } : {}),
      text: `${firstStep[0].replace(/\.$/, '')}, on at least 4 days in 7 for 6 weeks, by the client’s own record.`,
      gasLevel: null,
    });
  }
  return objectives;
}

export function interventionsFor(theme: Theme | undefined): NonNullable<GoalInput['interventions']> {
  return {
    modalities: [...(MODALITIES[theme?.key ?? ''] ?? ['Person-centred'])],
    detail: theme ? `${theme.interventions.join('; ')}. Homework: ${theme.homework.join('; ')}.` : '',
  };
}

/** Weekly to begin with; at a revision, often every two weeks as the work consolidates. */
export function sessionsFor(rng: SeededRandom, revised: boolean): SessionPlan {
  const frequency = revised && rng.chance(0.4) ? 'fortnightly' : 'weekly';
  return { frequency, minutes: rng.chance(0.8) ? 50 : 60, weeks: rng.pick([0, 12, 16, 20]) };
}

export function involvedFor(person: DemoPerson, rng: SeededRandom): InvolvedPerson[] {
  const keys = new Set(person.themes.map((t) => t.key));
  const involved: InvolvedPerson[] = [];
  if (keys.has('relationship') && person.profile.household.partner) {
    involved.push({ name: rng.pick(['Alex', 'Sam', 'Robin', 'Jo']), role: 'Partner, joins some sessions' });
  }
  if (keys.has('parenting')) {
    involved.push({
      name: rng.pick(['Ms Reid', 'Mr Osei', 'Ms Haddad']),
      role: 'Child’s teacher, for the school plan, with consent',
    });
  }
  if (rng.chance(0.15))
    involved.push({
      name: rng.pick(['Dr Patel', 'Dr Lewis', 'Dr Novak']),
      role: 'GP, kept informed with consent',
    });
  return involved;
}

/** Where an objective stands at a review, from where the goal's ratings say the client is. */
export function progressFor(
  index: number,
  clinicianLevel: GasLevel,
  track: GoalTrack,
  sessionIndex: number,
): ObjectiveProgress {
  if (index === 0) {
    if (clinicianLevel >= 0) return 'met';
    return clinicianLevel > track.baseline ? 'progressing' : 'not started';
  }
  return sessionIndex - track.setAt >= 12 ? 'met' : 'progressing';
}
