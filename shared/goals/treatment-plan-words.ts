import type { SESSION_FREQUENCIES, SessionPlan } from './treatment-plan-contract';

export const FREQUENCY_LABELS: Record<(typeof SESSION_FREQUENCIES)[number], string> = {
  'twice weekly': 'Twice a week',
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  'as needed': 'As needed',
};

/** "Weekly, 50 minutes, for 12 weeks"; null when nothing about sessions was set. */
export function sessionsWords(sessions: SessionPlan): string | null {
  if (!sessions.frequency && !sessions.minutes && !sessions.weeks) return null;
  const parts = [
    sessions.frequency ? FREQUENCY_LABELS[sessions.frequency] : 'Frequency not set',
    sessions.minutes ? `${sessions.minutes} minutes` : null,
    sessions.weeks ? `for ${sessions.weeks} ${sessions.weeks === 1 ? 'week' : 'weeks'}` : 'until the review',
  ];
  return parts.filter(Boolean).join(', ');
}
