import type { Goal, PlanVersion } from '../../../shared/goals/goal-contract';

export type GoalChange = 'new' | 'revised' | 'same';

function content(goal: Goal): string {
  const { id: _id, position: _position, ...rest } = goal;
  return JSON.stringify(rest);
}

/** How each goal of a version differs from the same goal (by key) in the version before it. */
export function goalChanges(
  version: PlanVersion,
  previous: PlanVersion | undefined,
): Map<string, GoalChange> {
  const before = new Map(previous?.goals.map((g) => [g.goalKey, g]));
  return new Map(
    version.goals.map((goal) => {
      const earlier = before.get(goal.goalKey);
      const change: GoalChange = !earlier ? 'new' : content(earlier) === content(goal) ? 'same' : 'revised';
      return [goal.goalKey, change];
    }),
  );
}

/** Goals of the previous version that this version left out. */
export function droppedGoals(version: PlanVersion, previous: PlanVersion | undefined): Goal[] {
  const kept = new Set(version.goals.map((g) => g.goalKey));
  return previous?.goals.filter((g) => !kept.has(g.goalKey)) ?? [];
}

/** The version numbered one lower, which is what a version revised. */
export function previousVersion(
  versions: readonly PlanVersion[],
  version: PlanVersion,
): PlanVersion | undefined {
  return versions.find((v) => v.number === version.number - 1);
}

/** Whether the version changed how often the client is seen or who is involved. */
export function sessionsChanged(version: PlanVersion, previous: PlanVersion | undefined): boolean {
  if (!previous) return false;
  return (
    JSON.stringify([version.sessions, version.involved]) !==
    JSON.stringify([previous.sessions, previous.involved])
  );
}
