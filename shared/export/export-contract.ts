import { z } from 'zod';
import { folderPath } from '../backup/backup-contract';
import { MAX_PASSPHRASE_LENGTH } from '../vault/passphrase-limits';

const passphrase = z.string().min(1, 'Enter a passphrase.').max(MAX_PASSPHRASE_LENGTH);

/** Pushed as 'export:progress' while an export runs: tables written of all, and rows so far. */
export const exportProgress = z.object({
  tablesDone: z.number().int(),
  tables: z.number().int(),
  rowsDone: z.number().int(),
});

export const IMPORT_PHASES = ['checking', 'writing', 'verifying', 'switching'] as const;

/**
 * Pushed as 'import:progress' while an import runs: the file is checked whole first, then its rows
 * are written (rows done of all), the new vault is checked, and it is put in the open one's place.
 */
export const importProgress = z.object({
  phase: z.enum(IMPORT_PHASES),
  tablesDone: z.number().int(),
  tables: z.number().int(),
  rowsDone: z.number().int(),
  rows: z.number().int(),
});

/** A Cancel's answer: whether a run was under way and stops now; the run's own answer is CANCELLED. */
const cancelAnswer = z.object({ stopping: z.boolean() });

/** The form for a new vault from an export: its passphrase, typed twice. */
export const importVaultForm = z.strictObject({ passphrase, confirmation: passphrase });

export const exportChannels = {
  /**
   * Writes the whole vault, unencrypted, into a new folder inside the folder the person chose:
   * rapport-export.json (with its JSON Schema beside it) and clients.csv and audit-log.csv for
   * spreadsheets. Psychotherapy notes are left out unless explicitly included. A folder that
   * already holds files is refused (CONFLICT) unless `intoNonEmptyFolder` says the person agreed.
   */
  'export:vault': {
    input: z.strictObject({
      outDir: folderPath,
      includePsychotherapyNotes: z.boolean().default(false),
      intoNonEmptyFolder: z.boolean().default(false),
    }),
    output: z.object({
      folder: z.string(),
      files: z.array(z.string()),
      tables: z.record(z.string(), z.number()),
    }),
  },
  /**
   * Stops the running export between two rows: the folder it was writing is removed, whatever it
   * held, and the audit trail records how far it got. Its 'export:vault' call then fails with
   * CANCELLED. `stopping` is false when no export runs (it may have just finished).
   */
  'export:cancel': { input: z.strictObject({}), output: cancelAnswer },
  /**
   * Creates a NEW vault from an export folder (or its rapport-export.json) with a new passphrase,
   * then locks the open vault, sets its files aside (never deleted, listed with the backups) and
   * opens the new one. Returns the new vault's recovery key, shown once.
   */
  'import:vault': {
    input: importVaultForm.extend({ from: folderPath }),
    output: z.object({
      recoveryKey: z.string(),
      tables: z.record(z.string(), z.number()),
      setAside: z.string().nullable(),
    }),
  },
  /**
   * Stops the running import before the new vault is put in place: the half-built vault is
   * deleted, the open one was never touched. Its 'import:vault' call then fails with CANCELLED.
   * `stopping` is false when no import runs or it is already putting the new vault in place.
   */
  'import:cancel': { input: z.strictObject({}), output: cancelAnswer },
} as const;

export type ExportProgressEvent = z.output<typeof exportProgress>;
export type ImportProgressEvent = z.output<typeof importProgress>;
