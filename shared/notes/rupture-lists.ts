/**
 * Ruptures and repair (Safran & Muran). A session can hold several rupture events; each has the
 * markers seen, who raised it, the repairs tried and how it ended. The marker and repair families
 * follow the rupture research; the words are ours.
 */
export const WITHDRAWAL_MARKERS = [
  { key: 'denial', label: 'Says nothing is wrong' },
  { key: 'minimal', label: 'Short, minimal answers' },
  { key: 'shifting', label: 'Changes the topic or tells side stories' },
  { key: 'intellectualising', label: 'Stays in ideas, away from feelings' },
  { key: 'split', label: 'Words and feelings don’t match' },
  { key: 'deferring', label: 'Goes along to please me' },
  { key: 'hopeless', label: 'Self-critical or hopeless' },
] as const;

export const CONFRONTATION_MARKERS = [
  { key: 'about-me', label: 'Complains about me' },
  { key: 'about-activities', label: 'Complains about what we do' },
  { key: 'about-parameters', label: 'Complains about times, fees or rules' },
  { key: 'about-progress', label: 'Complains about progress' },
  { key: 'controlling', label: 'Tries to take control of the session' },
  { key: 'rejecting', label: 'Turns down what I offer' },
  { key: 'defending', label: 'Defends against me' },
] as const;

export type MarkerKey =
  (typeof WITHDRAWAL_MARKERS)[number]['key'] | (typeof CONFRONTATION_MARKERS)[number]['key'];
export const MARKER_KEYS = [...WITHDRAWAL_MARKERS, ...CONFRONTATION_MARKERS].map((m) => m.key) as [
  MarkerKey,
  ...MarkerKey[],
];
export const MARKER_LABELS: Record<string, string> = Object.fromEntries(
  [...WITHDRAWAL_MARKERS, ...CONFRONTATION_MARKERS].map((m) => [m.key, m.label]),
);

export const REPAIR_STRATEGIES = [
  { key: 'clarify', label: 'Cleared up a misunderstanding' },
  { key: 'change-task', label: 'Changed what we were doing or aiming for' },
  { key: 'rationale', label: 'Explained why we do a task' },
  { key: 'explore', label: 'Talked about the strain together' },
  { key: 'acknowledge', label: 'Owned my part in it' },
  { key: 'disclose', label: 'Shared my own reaction' },
  { key: 'link-pattern', label: 'Linked it to the client’s wider patterns' },
  { key: 'validate', label: 'Accepted the client’s need to hold back' },
  { key: 'redirect', label: 'Gently returned to the work' },
] as const;
export type RepairKey = (typeof REPAIR_STRATEGIES)[number]['key'];
export const REPAIR_KEYS = REPAIR_STRATEGIES.map((r) => r.key) as [RepairKey, ...RepairKey[]];
export const REPAIR_LABELS: Record<string, string> = Object.fromEntries(
  REPAIR_STRATEGIES.map((r) => [r.key, r.label]),
);

/** Which families of markers were seen; '' until the clinician answers. */
export const RUPTURE_KINDS = ['withdrawal', 'confrontation', 'both'] as const;
export type RuptureKind = (typeof RUPTURE_KINDS)[number];
export const RUPTURE_KIND_LABELS: Record<RuptureKind, string> = {
  withdrawal: 'Withdrawal',
  confrontation: 'Confrontation',
  both: 'Withdrawal and confrontation',
};

/** Who named the rupture; '' until the clinician answers. */
export const RUPTURE_RAISED_BY = ['', 'client', 'clinician'] as const;

/** How a rupture ended; '' until the clinician answers. */
export const RUPTURE_OUTCOMES = ['', 'resolved', 'partly', 'unresolved', 'unclear'] as const;
export type RuptureOutcome = (typeof RUPTURE_OUTCOMES)[number];
export const RUPTURE_OUTCOME_LABELS: Record<Exclude<RuptureOutcome, ''>, string> = {
  resolved: 'Resolved',
  partly: 'Partly resolved',
  unresolved: 'Not resolved',
  unclear: 'Unclear',
};

/**
 * The marker lists of the single-rupture form before migration 016, frozen for display: a rupture
 * recorded on it keeps the words the clinician ticked ("earlier markers"), never a guess at which
 * new marker they meant.
 */
export const EARLIER_MARKERS = [
  'Minimal answers',
  'Deferring or over-agreeing',
  'Changing the subject',
  'Talking about others instead of self',
  'Indirect negative feelings',
  'Criticism of the clinician',
  'Anger or frustration',
  'Questioning the tasks',
  'Questioning the point of therapy',
  'Pushing to control the session',
] as const;

export interface RuptureEvent {
  kind: RuptureKind;
  markers: MarkerKey[];
  earlierMarkers: string[];
  raisedBy: (typeof RUPTURE_RAISED_BY)[number];
  repairs: RepairKey[];
  repairNote: string;
  outcome: RuptureOutcome;
}

export function emptyRuptureEvent(): RuptureEvent {
  return {
    kind: 'withdrawal',
    markers: [],
    earlierMarkers: [],
    raisedBy: '',
    repairs: [],
    repairNote: '',
    outcome: '',
  };
}

const EARLIER_OUTCOMES: Record<string, RuptureOutcome> = {
  yes: 'resolved',
  partly: 'partly',
  no: 'unresolved',
};

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

/**
 * A note's rupture events as stored. Since migration 016 the column holds `{ events: [...] }`. A
 * note signed before then keeps its single rupture as it was signed (`{ type, markers, raisedBy,
 * repair, resolved }`, the text its fingerprint covers), and is read here as one event, or none.
 */
export function readRuptures(stored: unknown): RuptureEvent[] {
  const value = (stored ?? {}) as Record<string, unknown>;
  if (Array.isArray(value.events)) {
    return value.events.map((raw) => {
      const e = (raw ?? {}) as Record<string, unknown>;
      return {
        kind: oneOf(RUPTURE_KINDS, e.kind, 'withdrawal'),
        markers: strings(e.markers).filter((m): m is MarkerKey => MARKER_LABELS[m] !== undefined),
        earlierMarkers: strings(e.earlierMarkers),
        raisedBy: oneOf(RUPTURE_RAISED_BY, e.raisedBy, ''),
        repairs: strings(e.repairs).filter((r): r is RepairKey => REPAIR_LABELS[r] !== undefined),
        repairNote: typeof e.repairNote === 'string' ? e.repairNote : '',
        outcome: oneOf(RUPTURE_OUTCOMES, e.outcome, ''),
      };
    });
  }
  if (value.type !== 'withdrawal' && value.type !== 'confrontation') return [];
  return [
    {
      kind: value.type,
      markers: [],
      earlierMarkers: strings(value.markers),
      raisedBy: oneOf(RUPTURE_RAISED_BY, value.raisedBy, ''),
      repairs: [],
      repairNote: typeof value.repair === 'string' ? value.repair : '',
      outcome: EARLIER_OUTCOMES[String(value.resolved)] ?? '',
    },
  ];
}

/** A session's ruptures at a glance: which families, and the least resolved outcome. */
export interface RuptureDigest {
  count: number;
  kind: RuptureKind | 'none';
  /** 'none' when every event is resolved, or there is none; otherwise the least resolved outcome ('' is unanswered). */
  open: Exclude<RuptureOutcome, 'resolved'> | 'none';
}

const OPENNESS: readonly RuptureOutcome[] = ['unresolved', '', 'unclear', 'partly', 'resolved'];

export function digestRuptures(events: readonly RuptureEvent[]): RuptureDigest {
  if (events.length === 0) return { count: 0, kind: 'none', open: 'none' };
  const withdrawal = events.some((e) => e.kind !== 'confrontation');
  const confrontation = events.some((e) => e.kind !== 'withdrawal');
  const kind = withdrawal && confrontation ? 'both' : withdrawal ? 'withdrawal' : 'confrontation';
  const worst = OPENNESS.find((o) => events.some((e) => e.outcome === o)) ?? 'resolved';
  return { count: events.length, kind, open: worst === 'resolved' ? 'none' : worst };
}
