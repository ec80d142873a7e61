import type { ChecklistAnswer } from './checklist-defaults';

const ANSWER_WEIGHT: Partial<Record<ChecklistAnswer, number>> = {
  observed: 1,
  partly: 0.5,
  'not-observed': 0,
};

/** 0–100: the share of checklist items observed, partly counting half; "not addressed" is left out. */
export function checklistScore(answers: readonly { answer: ChecklistAnswer | null }[]): number | null {
  const weights = answers
    .map((a) => (a.answer ? ANSWER_WEIGHT[a.answer] : undefined))
    .filter((w) => w !== undefined);
  if (weights.length === 0) return null;
  return Math.round((100 * weights.reduce((sum, w) => sum + w, 0)) / weights.length);
}

/** The mean of the client's feedback answers given, on their form's scale, or null if they gave none. */
export function feedbackScore(scores: Record<string, number | null>): number | null {
  const given = Object.values(scores).filter((s): s is number => s !== null);
  if (given.length === 0) return null;
  return Math.round((10 * given.reduce((sum, s) => sum + s, 0)) / given.length) / 10;
}

/** How far below the mean of the previous three sessions a score must fall to be flagged. */
export const DROP_CHECKLIST_POINTS = 15;
/** Per feedback form: 15% of the form's range, as the checklist's 15 points are of 100. */
export const DROP_FEEDBACK_POINTS = { 1: 1.5, 2: 0.6 } as const;

/**
 * Flags each session whose checklist or feedback score fell clearly below the mean of the client's
 * three sessions before it, so a worsening alliance is seen before it becomes a dropout. One pass,
 * keeping the last three scores given: a client of many years has hundreds of sessions.
 */
export function flagDrops<
  T extends { checklist: number | null; feedback: number | null; feedbackForm: 1 | 2 },
>(points: readonly T[]): (T & { drop: boolean })[] {
  const recentChecklist: number[] = [];
  // Feedback is compared only with feedback given on the same form: the scales differ.
  const recentFeedback = { 1: [] as number[], 2: [] as number[] };
  return points.map((point) => {
    const recent = recentFeedback[point.feedbackForm];
    const drop =
      fell(recentChecklist, point.checklist, DROP_CHECKLIST_POINTS) ||
      fell(recent, point.feedback, DROP_FEEDBACK_POINTS[point.feedbackForm]);
    remember(recentChecklist, point.checklist);
    remember(recent, point.feedback);
    return { ...point, drop };
  });
}

function fell(recent: readonly number[], now: number | null, margin: number): boolean {
  if (now === null || recent.length === 0) return false;
  return recent.reduce((s, v) => s + v, 0) / recent.length - now >= margin;
}

function remember(recent: number[], score: number | null): void {
  if (score === null) return;
  recent.push(score);
  if (recent.length > 3) recent.shift();
}
