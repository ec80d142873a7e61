import type { GasLevel } from '../../../shared/goals/gas';
import type { GoalInput } from '../../../shared/goals/goal-contract';
import { addDays } from './calendar';
import type { DemoPerson } from './demo-person';
import type { GoalTemplate, Theme } from './banks/themes';
import type { SeededRandom } from './seeded-random';
import { interventionsFor, objectivesFor } from './treatment-plan-story';

/** One goal followed through the plan's versions: how fast the client moves on it, and where it ended. */
export interface GoalTrack {
  template: GoalTemplate;
  concern: string;
  /** Null until the first version is saved and the service has given it a key. */
  goalKey: string | null;
  /** Set once the service has given the goal's objectives their keys. */
  objectiveKeys: string[];
  theme: Theme | undefined;
  weight: number;
  baseline: GasLevel;
  /** Levels gained per ten sessions. */
  pace: number;
  setAt: number;
  targetDate: string;
  status: 'active' | 'achieved' | 'discontinued';
}

export function newTracks(
  person: DemoPerson,
  sessionIndex: number,
  day: string,
  rng: SeededRandom,
): GoalTrack[] {
  // One goal for each concern the client brought, and now and then a second for one of them.
  const chosen = person.themes.map((theme) => ({ theme, template: rng.pick(theme.goals) }));
  const more = person.themes.flatMap((theme) =>
    theme.goals.filter((g) => !chosen.some((c) => c.template === g)).map((template) => ({ theme, template })),
  );
  if (more.length > 0 && rng.chance(0.4)) chosen.push(rng.pick(more));
  return chosen.map(({ theme, template }) => newTrack(template, theme, sessionIndex, day, rng));
}

export function newTrack(
  template: GoalTemplate,
  theme: Theme,
  sessionIndex: number,
  day: string,
  rng: SeededRandom,
): GoalTrack {
  return {
    template,
    concern: theme.concern,
    theme,
    goalKey: null,
    objectiveKeys: [],
    weight: rng.weighted([
      [1, 3],
      [2, 3],
      [3, 1],
    ] as const),
    baseline: rng.chance(0.75) ? -1 : -2,
    pace: rng.chance(0.15) ? 0.05 : 0.2 + rng.next() * 0.6,
    setAt: sessionIndex,
    targetDate: addDays(day, rng.int(8, 26) * 7),
    status: 'active',
  };
}

/** Where the goal stands after `sessionIndex` sessions, with the wobble of real ratings. */
export function levelAt(
  track: GoalTrack,
  sessionIndex: number,
  rng: SeededRandom,
  rater: 'client' | 'clinician',
): GasLevel {
  const drift = track.baseline + (track.pace * (sessionIndex - track.setAt)) / 10;
  const optimism = rater === 'client' ? 0.25 : 0;
  return Math.max(-2, Math.min(2, Math.round(drift + optimism + rng.normal(0.45)))) as GasLevel;
}

export function toGoalInput(track: GoalTrack, strengths: string, revised: boolean): GoalInput {
  const [m2, m1, zero, p1, p2] = track.template.levels;
  return {
    ...(track.goalKey ? { goalKey: track.goalKey } : {}),
    clientWords: track.template.clientWords,
    clinicianFraming: revised
      ? `${track.template.framing} Revised at review: steps adjusted to what worked.`
      : track.template.framing,
    whyItMatters: track.template.why,
    linkedConcern: track.concern,
    strengths,
    steps: track.template.steps.map(([text, who]) => ({ text, who })),
    targetDate: track.targetDate,
    weight: track.weight,
    levels: { '-2': m2, '-1': m1, '0': zero, '1': p1, '2': p2 },
    baseline: track.baseline,
    objectives: objectivesFor(track),
    interventions: interventionsFor(track.theme),
  };
}
