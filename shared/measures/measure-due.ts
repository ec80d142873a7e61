import { addDays } from '../dates/practice-time';

export const CADENCES = ['every-session', 'every-2-weeks', 'every-4-weeks', 'intake-and-discharge'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_LABELS: Record<Cadence, string> = {
  'every-session': 'Every session',
  'every-2-weeks': 'Every 2 weeks',
  'every-4-weeks': 'Every 4 weeks',
  'intake-and-discharge': 'At intake and discharge',
};

export interface DueFacts {
  cadence: Cadence;
  startOn: string;
  active: boolean;
  /** The day of the latest completion of this instrument, if any. */
  lastCompletedOn: string | null;
  today: string;
  /** The client has an appointment or a note today. */
  sessionToday: boolean;
  /** The day the client was discharged, when they are. */
  dischargedOn: string | null;
}

/** The day a scheduled measure is due, or null when it is not due today (dates are yyyy-mm-dd). */
export function dueOn(facts: DueFacts): string | null {
  const { cadence, startOn, today, lastCompletedOn: last } = facts;
  if (!facts.active || today < startOn) return null;
  const sinceStart = last !== null && last >= startOn ? last : null;
  switch (cadence) {
    case 'every-session':
      return facts.sessionToday && sinceStart !== today ? today : null;
    case 'every-2-weeks':
    case 'every-4-weeks': {
      const next = sinceStart === null ? startOn : addDays(sinceStart, cadence === 'every-2-weeks' ? 14 : 28);
      return next <= today ? next : null;
    }
    case 'intake-and-discharge':
      if (sinceStart === null) return startOn;
      if (facts.dischargedOn !== null && sinceStart < facts.dischargedOn) return facts.dischargedOn;
      return null;
  }
}
