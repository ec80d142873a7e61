import { EventEmitter } from 'node:events';
import { existsSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { AppError } from '../../base/app-error';
import { partialNameIn } from '../../base/durable-write';
import type { KdfParams } from '../../vault/key-file';
import type { VaultSession } from '../../session/vault-session';
import { EXPORT_FILE } from './export-vault';
import { importVault, type ImportProgress } from './import-vault';

/** The import's own phases, then the swap that puts the new vault in the open one's place. */
export type VaultImportProgress =
  ImportProgress | { phase: 'switching'; tablesDone: number; tables: number; rowsDone: number; rows: number };

/**
 * Puts a vault folder in the open vault's place as a restore does (the open one locked and set
 * aside, the new one opened with its passphrase), recording it with the given action.
 */
export type PutVaultInPlace = (
  folder: string,
  passphrase: string,
  record: { action: string; entity: string },
) => Promise<{ setAside: string | null }>;

export interface VaultImportResult {
  recoveryKey: string;
  tables: Record<string, number>;
  /** Where the vault that was open went (listed with the backups, so it can be restored). */
  setAside: string | null;
}

/**
 * A new vault from an open export, from the app: never a merge into the open one. The export is
 * read into a new vault in a partial folder inside the vault folder (the same import as
 * `rapport import-json`), and that vault is then put in place the way a restore puts a backup: the
 * open vault is locked, its files are set aside (never deleted, listed with the backups), and the
 * new one is opened with the new passphrase. If anything fails before the swap, the open vault is
 * as it was and the partial folder is removed.
 */
export class VaultImportService extends EventEmitter<{ progress: [VaultImportProgress] }> {
  private running = false;

  constructor(
    private readonly session: VaultSession,
    private readonly putInPlace: PutVaultInPlace,
    private readonly kdf?: KdfParams,
  ) {
    super();
  }

  async importAsNewVault(input: { from: string; passphrase: string }): Promise<VaultImportResult> {
    if (this.running) throw new AppError('CONFLICT', 'An import is already running.');
    const file = exportFileIn(input.from);
    this.running = true;
    const staging = partialNameIn(this.session.dir);
    try {
      let last: VaultImportProgress | null = null;
      const { recoveryKey, tables } = await importVault(staging, input.passphrase, file, {
        ...(this.kdf && { kdf: this.kdf }),
        onProgress: (progress) => {
          last = progress;
          this.emit('progress', progress);
        },
      });
      const done = last as VaultImportProgress | null;
      this.emit('progress', {
        phase: 'switching',
        tablesDone: done?.tables ?? 0,
        tables: done?.tables ?? 0,
        rowsDone: done?.rows ?? 0,
        rows: done?.rows ?? 0,
      });
      const restored = await this.putInPlace(staging, input.passphrase, {
        action: 'vault.switched-to-import',
        entity: 'export',
      });
      return { recoveryKey, tables, setAside: restored.setAside };
    } finally {
      // The swap copied the new vault into place; this copy of it is no longer needed.
      rmSync(staging, { recursive: true, force: true });
      this.running = false;
    }
  }
}

/** The export's JSON: the chosen folder holds it (as export-json writes it), or is the file itself. */
function exportFileIn(from: string): string {
  if (!isAbsolute(from) || !existsSync(from)) throw new AppError('NOT_FOUND', 'That folder does not exist.');
  const file = statSync(from).isDirectory() ? join(from, EXPORT_FILE) : from;
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new AppError(
      'NOT_FOUND',
      `That folder holds no ${EXPORT_FILE}. Choose the rapport-export-… folder an export made.`,
    );
  }
  return file;
}
