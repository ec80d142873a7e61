import { GAS_LEVEL_LABELS } from '../../../shared/goals/gas';
import { formatShortDate } from '../../../shared/dates/format-date';
import type { AllianceSessionPoint, GasLevel, GoalRatingPoint, TScorePoint } from './chart-data';

/** The text alternatives of the charts: printed under each chart and read out by screen readers. */

function span(dates: readonly string[]): string {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return '';
  return first === last
    ? `on ${formatShortDate(first)}`
    : `from ${formatShortDate(first)} to ${formatShortDate(last)}`;
}

export function signedLevel(level: GasLevel): string {
  return level > 0 ? `+${level}` : level < 0 ? `−${-level}` : '0';
}

function tSeries(who: string, points: readonly TScorePoint[]): string {
  const last = points.at(-1);
  if (!last) return `No ${who} ratings.`;
  const values = points.map((p) => p.t);
  const range =
    points.length > 1
      ? `, ranging from ${Math.min(...values).toFixed(1)} to ${Math.max(...values).toFixed(1)}`
      : '';
  return `${who[0]!.toUpperCase()}${who.slice(1)} ratings: ${points.length}${range}; latest ${last.t.toFixed(1)} on ${formatShortDate(last.date)}.`;
}

export function describeGasTrend(client: readonly TScorePoint[], clinician: readonly TScorePoint[]): string {
  const dates = [...client, ...clinician].map((p) => p.date);
  if (dates.length === 0) return 'No goal ratings in this period.';
  return [
    `GAS T-score ${span(dates)}, where 50 means every goal was reached as expected.`,
    tSeries('client', client),
    tSeries('clinician', clinician),
  ].join(' ');
}

function latestRating(who: string, ratings: readonly GoalRatingPoint[]): string {
  const last = ratings.at(-1);
  if (!last) return `No ${who} ratings.`;
  return `${who[0]!.toUpperCase()}${who.slice(1)} rated ${ratings.length} ${ratings.length === 1 ? 'time' : 'times'}, latest ${signedLevel(last.level)} (${GAS_LEVEL_LABELS[last.level].toLowerCase()}) on ${formatShortDate(last.date)}.`;
}

export function describeGoalRatings(ratings: readonly GoalRatingPoint[], baseline: GasLevel): string {
  if (ratings.length === 0) return `No ratings in this period. Baseline ${signedLevel(baseline)}.`;
  return [
    `Ratings ${span(ratings.map((r) => r.date))}; baseline ${signedLevel(baseline)}.`,
    latestRating(
      'client',
      ratings.filter((r) => r.rater === 'client'),
    ),
    latestRating(
      'clinician',
      ratings.filter((r) => r.rater === 'clinician'),
    ),
  ].join(' ');
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export function describeAlliance(points: readonly AllianceSessionPoint[]): string {
  if (points.length === 0) return 'No sessions in this period.';
  const checklist = points.map((p) => p.checklist).filter((v): v is number => v !== null);
  const feedbackOn = (form: 1 | 2) =>
    points
      .filter((p) => p.feedbackForm === form)
      .map((p) => p.feedback)
      .filter((v): v is number => v !== null);
  const feedback = feedbackOn(2);
  const earlier = feedbackOn(1);
  const drops = points.filter((p) => p.drop);
  const sessionsWithRuptures = points.filter((p) => p.ruptureKind !== 'none');
  const ruptures = sessionsWithRuptures.reduce((n, p) => n + p.ruptures, 0);
  const allResolved = sessionsWithRuptures.filter((p) => p.ruptureOpen === 'none').length;
  const parts = [
    `${points.length} ${points.length === 1 ? 'session' : 'sessions'} ${span(points.map((p) => p.date))}.`,
    checklist.length
      ? `Relationship checklist: average ${Math.round(mean(checklist))}%, latest ${checklist.at(-1)}%.`
      : 'No relationship checklist scores.',
    feedback.length
      ? `Client feedback: average ${mean(feedback).toFixed(1)} of 5, latest ${feedback.at(-1)!.toFixed(1)}.`
      : 'No client feedback scores.',
    earlier.length
      ? `On the earlier feedback form: average ${mean(earlier).toFixed(1)} of 10, latest ${earlier.at(-1)!.toFixed(1)}.`
      : '',
    drops.length
      ? `${drops.length} ${drops.length === 1 ? 'drop' : 'drops'} flagged (${drops
          .slice(0, 6)
          .map((p) => formatShortDate(p.date))
          .join(', ')}${drops.length > 6 ? ', …' : ''}).`
      : 'No drops flagged.',
    ruptures
      ? `${ruptures} ${ruptures === 1 ? 'rupture' : 'ruptures'} recorded in ${sessionsWithRuptures.length} ${
          sessionsWithRuptures.length === 1 ? 'session' : 'sessions'
        }; all resolved in ${allResolved}.`
      : 'No ruptures recorded.',
  ];
  return parts.filter(Boolean).join(' ');
}
