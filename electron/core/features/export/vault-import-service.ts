import { EventEmitter } from 'node:events';
import { existsSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { AppError } from '../../base/app-error';
import { CancelFlag, isCancelled } from '../../base/cancel-flag';
import { partialNameIn } from '../../base/durable-write';
import type { KdfParams } from '../../vault/key-file';
import type { VaultSession } from '../../session/vault-session';
import { EXPORT_FILE } from '../../vault/open-export/export-vault';
import type { ImportProgress } from '../../vault/open-export/import-vault';

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
 * as it was and the partial folder is removed. The new vault is built in a worker thread, so the
 * window stays answerable, and cancel() stops it at any point before the swap begins: the
 * half-built vault is deleted and the open one was never touched.
 */
export class VaultImportService extends EventEmitter<{ progress: [VaultImportProgress] }> {
  /** The running import's stop flag, and whether it has reached the swap, which is not stopped halfway. */
  private running: { cancel: CancelFlag; switching: boolean } | null = null;

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
    const run = { cancel: new CancelFlag(), switching: false };
    this.running = run;
    const staging = partialNameIn(this.session.dir);
    const removeStaging = () => rmSync(staging, { recursive: true, force: true });
    try {
      let last: VaultImportProgress | null = null;
      // The clinician is waiting for it: the vault does not lock for idleness under it.
      const { recoveryKey, tables } = await this.session.keepAwakeWhile(() =>
        this.session.inBackground(
          {
            kind: 'import',
            input: {
              dir: staging,
              passphrase: input.passphrase,
              file,
              ...(this.kdf && { kdf: this.kdf }),
              cancel: run.cancel.buffer,
            },
          },
          {
            onProgress: (progress) => {
              last = progress;
              this.emit('progress', progress);
            },
            cleanUp: removeStaging,
          },
        ),
      );
      // A Cancel that came as the new vault was finished still counts: nothing has been swapped yet.
      run.cancel.throwIfRequested();
      run.switching = true;
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
    } catch (error) {
      if (!isCancelled(error)) throw error;
      throw new AppError(
        'CANCELLED',
        'Import cancelled: the new vault it had started was deleted, and the vault you have open is as it was.',
      );
    } finally {
      // The swap copied the new vault into place, or it was cancelled or refused: either way this
      // copy of it is no longer needed.
      removeStaging();
      this.running = null;
    }
  }

  /**
   * Asks the running import to stop. False when none runs, or when it has begun putting the new
   * vault in place: a swap stopped halfway would leave neither vault open.
   */
  cancel(): { stopping: boolean } {
    if (!this.running || this.running.switching) return { stopping: false };
    this.running.cancel.request();
    return { stopping: true };
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
