import { EventEmitter } from 'node:events';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/audit';
import { AppError } from '../../base/app-error';
import { CancelFlag, isCancelled } from '../../base/cancel-flag';
import { partialNameIn } from '../../base/durable-write';
import type { VaultSession } from '../../session/vault-session';
import type { ExportJob } from '../../session/worker-protocol';
import { readKeyFileIn } from '../../vault/backups/backup-catalogue';
import {
  putExportInPlace,
  writeExport,
  type ExportProgress,
  type ExportResult,
  type WrittenExport,
} from '../../vault/open-export/export-vault';

export interface ExportRequest {
  outDir: string;
  includePsychotherapyNotes: boolean;
  /**
   * The person has seen that the folder already holds files and still wants the export there
   * (in a new folder of its own beside them; nothing is ever written over).
   */
  intoNonEmptyFolder?: boolean;
}

/**
 * Where the export's writing runs: the app hands it to a worker thread with a connection of its
 * own (session.inBackground), so the window stays answerable and a Cancel reaches the flag while
 * rows are written. Without one it runs here, on the open connection: the command line has no
 * window to keep answering.
 */
export type ExportRunner = (
  job: ExportJob,
  onProgress: (progress: ExportProgress) => void,
) => Promise<WrittenExport>;

/**
 * The app's runner: the session's worker thread. The clinician is waiting for it, so the vault does
 * not lock for idleness under it; a lock all the same (the screen locking, quitting) stops the
 * thread wherever it is, and its partial folder is removed here, since the thread could not.
 */
export function exportInBackground(session: VaultSession): ExportRunner {
  return (job, onProgress) =>
    session.keepAwakeWhile(() =>
      session.inBackground(
        { kind: 'export', input: job },
        { onProgress, cleanUp: () => rmSync(job.partial, { recursive: true, force: true }) },
      ),
    );
}

interface RunningExport {
  cancel: CancelFlag;
  progress: ExportProgress | null;
}

/**
 * The open export, with its audit entry: who took the records out, how much, and whether process
 * notes went too. Progress (tables written of all, rows so far) is emitted as 'progress'. One
 * export runs at a time, and cancel() stops it between two rows, or undoes it if it finished as
 * the Cancel came, before it was renamed into place: what it had written is removed and the audit
 * trail records how far it got.
 */
export class ExportService extends EventEmitter<{ progress: [ExportProgress] }> {
  private running: RunningExport | null = null;

  constructor(
    private readonly db: () => Db,
    private readonly vaultDir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly runner: ExportRunner | null = null,
  ) {
    super();
  }

  async exportAll(input: ExportRequest): Promise<ExportResult> {
    if (this.running) throw new AppError('CONFLICT', 'An export is already running.');
    this.db();
    if (!input.intoNonEmptyFolder) refuseNonEmpty(input.outDir);
    const keyFile = readKeyFileIn(this.vaultDir);
    if (!keyFile) throw new AppError('VAULT_DAMAGED', 'The vault’s key file cannot be read.');
    const run: RunningExport = { cancel: new CancelFlag(), progress: null };
    this.running = run;
    const at = this.now();
    let result: ExportResult;
    try {
      const written = await (this.runner ?? this.runHere)(
        {
          outDir: input.outDir,
          // Chosen here, so that what this run writes is known before it writes anything.
          partial: partialNameIn(input.outDir),
          includePsychotherapyNotes: input.includePsychotherapyNotes,
          vaultId: keyFile.vaultId,
          at,
          cancel: run.cancel.buffer,
        },
        (progress) => {
          run.progress = progress;
          this.emit('progress', progress);
        },
      );
      if (run.cancel.requested) {
        // It finished as the Cancel came, before it had its own name: the Cancel holds.
        rmSync(written.partial, { recursive: true, force: true });
        run.cancel.throwIfRequested();
      }
      result = putExportInPlace(written, input.outDir, at);
    } catch (error) {
      if (!isCancelled(error)) throw error;
      this.recordCancelled(input, run.progress);
      throw new AppError('CANCELLED', `Export cancelled: nothing was left in ${input.outDir}.`);
    } finally {
      this.running = null;
    }
    const rows = Object.values(result.tables).reduce((sum, n) => sum + n, 0);
    try {
      appendAudit(this.db(), {
        action: 'vault.exported',
        detail: `${notesWords(input)}; ${rows} rows in ${Object.keys(result.tables).length} tables`,
      });
    } catch (error) {
      // An export the audit trail does not record is not left behind.
      rmSync(result.folder, { recursive: true, force: true });
      throw error;
    }
    return result;
  }

  /**
   * Asks the running export to stop. False when none runs (it may have just finished): the export's
   * own answer says how it ended.
   */
  cancel(): { stopping: boolean } {
    if (!this.running) return { stopping: false };
    this.running.cancel.request();
    return { stopping: true };
  }

  private readonly runHere: ExportRunner = async (job, onProgress) =>
    writeExport(this.db(), { ...job, cancel: new CancelFlag(job.cancel), onProgress });

  private recordCancelled(input: ExportRequest, progress: ExportProgress | null): void {
    const tables = progress ? `${progress.tablesDone} of ${progress.tables} tables` : 'no tables';
    appendAudit(this.db(), {
      action: 'vault.export-cancelled',
      detail: `${notesWords(input)}; cancelled after ${progress?.rowsDone ?? 0} rows in ${tables}; nothing kept`,
    });
  }
}

function notesWords(input: ExportRequest): string {
  return `${input.includePsychotherapyNotes ? 'with' : 'without'} psychotherapy notes`;
}

/**
 * A folder that already holds things (an earlier export, someone's documents) is easy to choose by
 * mistake for records in the clear: the person is asked first. Hidden entries do not count.
 */
function refuseNonEmpty(outDir: string): void {
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) return;
  const entries = readdirSync(outDir).filter((name) => !name.startsWith('.'));
  if (entries.length === 0) return;
  const exports = entries.filter((name) => name.startsWith('rapport-export-')).length;
  const items = entries.length === 1 ? '1 item' : `${entries.length} items`;
  const earlier =
    exports === 0
      ? ''
      : exports === 1
        ? ', an earlier Rapport export among them'
        : `, ${exports} earlier Rapport exports among them`;
  throw new AppError(
    'CONFLICT',
    `That folder is not empty: it holds ${items}${earlier}. Nothing was written. The export would go into a new folder of its own there, replacing nothing.`,
  );
}
