import { EventEmitter } from 'node:events';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/audit';
import { AppError } from '../../base/app-error';
import { readKeyFileIn } from '../../vault/backups/backup-catalogue';
import { exportVault, type ExportProgress, type ExportResult } from './export-vault';

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
 * The open export, with its audit entry: who took the records out, how much, and whether process
 * notes went too. Progress (tables written of all, rows so far) is emitted as 'progress'.
 */
export class ExportService extends EventEmitter<{ progress: [ExportProgress] }> {
  constructor(
    private readonly db: () => Db,
    private readonly vaultDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
  }

  exportAll(input: ExportRequest): ExportResult {
    const db = this.db();
    if (!input.intoNonEmptyFolder) refuseNonEmpty(input.outDir);
    const keyFile = readKeyFileIn(this.vaultDir);
    if (!keyFile) throw new AppError('VAULT_DAMAGED', 'The vault’s key file cannot be read.');
    const result = exportVault(db, {
      outDir: input.outDir,
      includePsychotherapyNotes: input.includePsychotherapyNotes,
      vaultId: keyFile.vaultId,
      at: this.now(),
      onProgress: (progress) => this.emit('progress', progress),
    });
    const rows = Object.values(result.tables).reduce((sum, n) => sum + n, 0);
    try {
      appendAudit(db, {
        action: 'vault.exported',
        detail: `${input.includePsychotherapyNotes ? 'with' : 'without'} psychotherapy notes; ${rows} rows in ${Object.keys(result.tables).length} tables`,
      });
    } catch (error) {
      // An export the audit trail does not record is not left behind.
      rmSync(result.folder, { recursive: true, force: true });
      throw error;
    }
    return result;
  }
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
