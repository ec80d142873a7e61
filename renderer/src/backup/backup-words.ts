import { DateTime } from 'luxon';
import type { BackupEntry, BackupProgress } from '../../../shared/backup/backup-contract';
import { dateFormat } from '../../../shared/dates/app-locale';

/*
 * Backups in plain words: why one was made, where it is, how big, and what it holds, with record
 * kinds named as a clinician would name them rather than by their tables.
 */

type Trigger = NonNullable<BackupEntry['trigger']>;

const TRIGGERS: Record<Trigger, string> = {
  manual: 'You chose “Back up now”',
  daily: 'Daily backup',
  lock: 'When the vault locked',
  quit: 'When Rapport closed',
  'command line': 'From the command line',
};

export function triggerWords(trigger: Trigger | null): string {
  return trigger ? TRIGGERS[trigger] : 'Your vault as it was before a restore';
}

const LOCATIONS: Record<BackupEntry['location'], string> = {
  vault: 'Vault folder',
  second: 'Second folder',
  'set-aside': 'Set aside by a restore',
};

export function locationWords(location: BackupEntry['location']): string {
  return LOCATIONS[location];
}

const MOMENT = { dateStyle: 'full', timeStyle: 'short' } as const;
const SHORT_MOMENT = { dateStyle: 'medium', timeStyle: 'short' } as const;

/** "Tuesday, 3 March 2026 at 10:22" in the clinician's locale. */
export function momentWords(iso: string): string {
  return dateFormat(MOMENT).format(new Date(iso));
}

/** "3 Mar 2026, 10:22": for lists and the lines of a dialog. */
export function shortMomentWords(iso: string): string {
  return dateFormat(SHORT_MOMENT).format(new Date(iso));
}

/** "2 hours ago", "3 days ago"; "just now" for the last minute. */
export function ageWords(iso: string, now: Date = new Date()): string {
  const moment = DateTime.fromISO(iso);
  if (Math.abs(now.getTime() - moment.toMillis()) < 60_000) return 'just now';
  return moment.toRelative({ base: DateTime.fromJSDate(now) }) ?? shortMomentWords(iso);
}

const KILOBYTES = new Intl.NumberFormat(undefined, {
  style: 'unit',
  unit: 'kilobyte',
  maximumFractionDigits: 0,
});
const MEGABYTES = new Intl.NumberFormat(undefined, {
  style: 'unit',
  unit: 'megabyte',
  maximumFractionDigits: 1,
});

export function sizeWords(bytes: number | null): string | null {
  if (bytes === null) return null;
  return bytes < 1_000_000
    ? KILOBYTES.format(Math.max(1, Math.round(bytes / 1000)))
    : MEGABYTES.format(bytes / 1_000_000);
}

/** Each kind of record a clinician would recognise, in the order they think of them; tables not listed are internal. */
const RECORD_KINDS: readonly { table: string; one: string; many: string }[] = [
  { table: 'clients', one: 'client', many: 'clients' },
  { table: 'notes', one: 'session note', many: 'session notes' },
  { table: 'note_addenda', one: 'addendum', many: 'addenda' },
  { table: 'process_notes', one: 'process note', many: 'process notes' },
  { table: 'appointments', one: 'appointment', many: 'appointments' },
  { table: 'intakes', one: 'intake form', many: 'intake forms' },
  { table: 'plan_versions', one: 'goal plan version', many: 'goal plan versions' },
  { table: 'goals', one: 'goal', many: 'goals' },
  { table: 'goal_ratings', one: 'goal rating', many: 'goal ratings' },
  { table: 'diagnoses', one: 'diagnosis', many: 'diagnoses' },
  { table: 'invoices', one: 'invoice', many: 'invoices' },
  { table: 'payments', one: 'payment', many: 'payments' },
  { table: 'services', one: 'service in the fee schedule', many: 'services in the fee schedule' },
  { table: 'audit_log', one: 'audit trail entry', many: 'audit trail entries' },
];

const COUNT = new Intl.NumberFormat();

function counted(n: number, one: string, many: string): string {
  return `${COUNT.format(n)} ${n === 1 ? one : many}`;
}

/** Always said, even when there are none: what a clinician checks first. */
const HEADLINE = new Set(['clients', 'notes', 'appointments']);

/** Each kind of record a backup holds, as "12 clients": the headline kinds always, others when there are some. */
export function contentsLines(counts: Record<string, number>): string[] {
  return RECORD_KINDS.filter((kind) => HEADLINE.has(kind.table) || (counts[kind.table] ?? 0) > 0).map(
    (kind) => counted(counts[kind.table] ?? 0, kind.one, kind.many),
  );
}

/** The headline of what a backup holds: "3 clients, 12 session notes and 5 appointments". */
export function contentsSummary(counts: Record<string, number>): string {
  const parts = [
    counted(counts.clients ?? 0, 'client', 'clients'),
    counted(counts.notes ?? 0, 'session note', 'session notes'),
    counted(counts.appointments ?? 0, 'appointment', 'appointments'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const PHASES: Record<BackupProgress['phase'], string> = {
  writing: 'Writing and checking the backup…',
  'copying-to-second-folder': 'Copying it to your second folder…',
  pruning: 'Tidying away backups no longer needed…',
  done: 'Backup finished.',
  failed: 'The backup failed.',
};

export function phaseWords(phase: BackupProgress['phase']): string {
  return PHASES[phase];
}

/** Progress as a share of the whole: a stage counts once it has begun, and only "done" is complete. */
export function progressPercent(progress: BackupProgress): number {
  if (progress.phase === 'done') return 100;
  if (progress.steps <= 0) return 0;
  return Math.round((progress.step / (progress.steps + 1)) * 100);
}
