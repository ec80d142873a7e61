import { rmSync } from 'node:fs';
import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/audit';
import { AppError } from '../../base/app-error';
import { readKeyFileIn } from '../../vault/backups/backup-catalogue';
import { exportVault, type ExportResult } from './export-vault';

/** The open export, with its audit entry: who took the records out, and whether process notes went too. */
export class ExportService {
  constructor(
    private readonly db: () => Db,
    private readonly vaultDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  exportAll(input: { outDir: string; includePsychotherapyNotes: boolean }): ExportResult {
    const db = this.db();
    const keyFile = readKeyFileIn(this.vaultDir);
    if (!keyFile) throw new AppError('VAULT_DAMAGED', 'The vault’s key file cannot be read.');
    const result = exportVault(db, { ...input, vaultId: keyFile.vaultId, at: this.now() });
    try {
      appendAudit(db, {
        action: 'vault.exported',
        detail: input.includePsychotherapyNotes ? 'with psychotherapy notes' : 'without psychotherapy notes',
      });
    } catch (error) {
      // An export the audit trail does not record is not left behind.
      rmSync(result.folder, { recursive: true, force: true });
      throw error;
    }
    return result;
  }
}
