import { z } from 'zod';
import { amendmentChannels } from './amendments/amendment-contract';
import { auditChannels } from './audit/audit-contract';
import { backupChannels, type BackupProgress } from './backup/backup-contract';
import { billingChannels } from './billing/billing-contract';
import { billingDocumentsChannels } from './billing/billing-documents-contract';
import { insuranceChannels } from './billing/insurance-contract';
import { superbillChannels } from './billing/superbill-contract';
import { clientModeChannels } from './client-mode/client-mode-contract';
import { clientChannels } from './clients/client-contract';
import { consentChannels } from './consent/consent-contract';
import { contactsChannels } from './contacts/contacts-contract';
import { custodianChannels, recoveryKeyInput } from './custodian/custodian-contract';
import { diagnosisChannels } from './diagnoses/diagnosis-contract';
import { exportChannels, type ExportProgressEvent, type ImportProgressEvent } from './export/export-contract';
import { filesChannels } from './files/files-contract';
import { goalChannels } from './goals/goal-contract';
import { modalityChannels } from './goals/treatment-plan-contract';
import { integrityChannels, type IntegrityProgress } from './integrity/integrity-contract';
import { measureChannels } from './measures/measures-contract';
import { noteChannels } from './notes/note-contract';
import { practiceChannels } from './practice/practice-contract';
import { retentionChannels } from './retention/retention-contract';
import { recordChannels } from './record/record-contract';
import { reminderChannels } from './reminders/reminder-contract';
import { riskChannels } from './risk/risk-contract';
import { safetyPlanChannels } from './safety-plan/safety-plan-contract';
import { scheduleChannels } from './schedule/schedule-contract';
import { summaryChannels } from './summary/summary-contract';
import { MAX_PASSPHRASE_LENGTH } from './vault/passphrase-limits';

/**
 * The one contract between the UI and the main side. Each channel names the schema its input must
 * pass before any service runs, and the shape of what it returns. Inputs are `strict`: unknown keys
 * are refused rather than silently dropped, so a caller's mistake surfaces at once.
 */
const passphrase = z.string().min(1, 'Enter your passphrase.').max(MAX_PASSPHRASE_LENGTH);
const empty = z.strictObject({});

export const vaultState = z.enum(['absent', 'locked', 'unlocked']);

export const vaultStatus = z.object({
  state: vaultState,
  /** Set when the vault folder exists but cannot be opened safely; the UI shows it and offers no writes. */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  retryAfterMs: z.number(),
  autoLockMinutes: z.number(),
  recoveryKeyConfirmed: z.boolean(),
  /** The vault folder, for the emergency kit and settings. A path, never client data. */
  location: z.string(),
  /** The open vault is the records custodian's read-only session (opened with the recovery key). */
  custodian: z.boolean(),
});

export const settings = z.object({
  autoLockMinutes: z.number().int(),
});

export const channels = {
  'vault:status': { input: empty, output: vaultStatus },
  'vault:create': {
    input: z.strictObject({ passphrase, confirmation: passphrase }),
    output: z.object({ recoveryKey: z.string() }),
  },
  'vault:confirmRecoverySaved': { input: empty, output: z.null() },
  /** Shows the recovery key again to someone who proves they hold the passphrase. */
  'vault:revealRecoveryKey': {
    input: z.strictObject({ passphrase }),
    output: z.object({ recoveryKey: z.string() }),
  },
  'vault:unlock': { input: z.strictObject({ passphrase }), output: z.null() },
  'vault:recover': {
    input: z.strictObject({
      recoveryKey: recoveryKeyInput,
      newPassphrase: passphrase,
      confirmation: passphrase,
    }),
    output: z.null(),
  },
  ...custodianChannels,
  'vault:changePassphrase': {
    input: z.strictObject({ current: passphrase, newPassphrase: passphrase, confirmation: passphrase }),
    output: z.null(),
  },
  'vault:lock': { input: empty, output: z.null() },
  /** The UI's answer to 'vault:saveNow': what its editors held is saved (or could not be). */
  'vault:saved': { input: empty, output: z.null() },
  /** The renderer reports user activity (throttled) so the auto-lock timer measures real inactivity. */
  'vault:activity': { input: empty, output: z.null() },
  /** The system's locale, which every date and time is written and entered in; asked once at start. */
  'app:locale': { input: empty, output: z.object({ locale: z.string() }) },
  'settings:get': { input: empty, output: settings },
  'settings:update': {
    input: z.strictObject({ autoLockMinutes: z.number().int().min(1).max(240).optional() }),
    output: settings,
  },
  ...clientChannels,
  ...clientModeChannels,
  ...goalChannels,
  ...diagnosisChannels,
  ...safetyPlanChannels,
  ...consentChannels,
  ...modalityChannels,
  ...noteChannels,
  ...amendmentChannels,
  ...riskChannels,
  ...measureChannels,
  ...practiceChannels,
  ...summaryChannels,
  ...recordChannels,
  ...contactsChannels,
  ...scheduleChannels,
  ...reminderChannels,
  ...billingChannels,
  ...superbillChannels,
  ...billingDocumentsChannels,
  ...insuranceChannels,
  ...backupChannels,
  ...integrityChannels,
  ...auditChannels,
  ...exportChannels,
  ...filesChannels,
  ...retentionChannels,
} as const;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>;
/** An input as the main side holds it once its schema has parsed it (defaults filled, values transformed). */
export type ParsedInput<C extends Channel> = z.output<Channels[C]['input']>;
export type VaultStatus = z.output<typeof vaultStatus>;
export type Settings = z.output<typeof settings>;

export const CHANNEL_NAMES = Object.keys(channels) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

/** Events the main side pushes to the UI. */
export interface BridgeEvents {
  'vault:locked': { reason: LockReason };
  /**
   * The vault is about to lock on its own (the screen locked, the app is quitting): the UI saves
   * what its editors hold and answers with 'vault:saved'. The lock does not wait long for it.
   */
  'vault:saveNow': { reason: LockReason };
  /** Each stage of a running backup, for a progress indicator. */
  'backup:progress': BackupProgress;
  'integrity:progress': IntegrityProgress;
  /** How far a whole-vault export has got, for Settings → Your data. */
  'export:progress': ExportProgressEvent;
  /** How far a new vault from an export has got, for Settings → Your data. */
  'import:progress': ImportProgressEvent;
}
export type BridgeEvent = keyof BridgeEvents;
export const EVENT_NAMES: BridgeEvent[] = [
  'vault:locked',
  'vault:saveNow',
  'backup:progress',
  'integrity:progress',
  'export:progress',
  'import:progress',
];

/** 'damaged': a check found the open vault damaged; 'restore': a backup is replacing it. */
export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'quit' | 'damaged' | 'restore';
