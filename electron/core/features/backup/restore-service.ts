import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { ChosenBackup } from '../../../../shared/backup/backup-contract';
import { estimatePassphraseStrength } from '../../../../shared/vault/estimate-passphrase-strength';
import { appendAudit } from '../../db/audit';
import { AppError } from '../../base/app-error';
import { InstanceLock } from '../../vault/instance-lock';
import type { KeyFile } from '../../vault/key-file';
import { parseRecoveryKey } from '../../vault/recovery-key';
import { inspectVaultFolder, vaultPaths } from '../../vault/vault-files';
import type { VaultSession } from '../../session/vault-session';
import { locateBackup, readKeyFileIn, sameDatabase } from '../../vault/backups/backup-catalogue';
import { backupId } from '../../vault/backup-layout';
import { readManifest } from '../../vault/backups/backup-manifest';
import type { BackupService, ChosenSecret } from './backup-service';
import { stageRestore, swapIn } from '../../vault/backups/restore';

export type RestoreSource = { id: string } | { path: string };
export type RestoreSecret = { passphrase: string } | { recoveryKey: string; newPassphrase: string };

function noBackup(): AppError {
  return new AppError('NOT_FOUND', 'That folder holds no backup (no rapport.db and rapport.key).');
}

/** How the trail of the vault put in place records the swap: a restore, or a new vault from an export. */
export interface RestoreRecord {
  action: string;
  entity: string;
}

export interface RestoreResult {
  restored: string;
  setAside: string | null;
  contents: Record<string, number>;
}

/**
 * Puts a backup in the vault's place. Nothing is replaced before the backup has been copied,
 * opened with the key and checked; the vault it replaces is set aside, not deleted, and listed
 * with the backups, so restoring that one undoes the restore. Works whether the vault is open,
 * locked, damaged or missing (a new laptop with only a backup folder).
 */
export class RestoreService {
  constructor(
    private readonly session: VaultSession,
    private readonly backups: BackupService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async restore(
    from: RestoreSource,
    secret: RestoreSecret,
    record: RestoreRecord = { action: 'vault.restored', entity: 'backup' },
  ): Promise<RestoreResult> {
    if ('newPassphrase' in secret && !(await estimatePassphraseStrength(secret.newPassphrase)).acceptable) {
      throw new AppError('VALIDATION', 'That new passphrase is too easy to guess.', {
        issues: [{ path: 'newPassphrase', message: 'This passphrase is too easy to guess.' }],
      });
    }
    // Another copy of Rapport holding this vault is told now, before any work or any file.
    if (this.session.status().state !== 'unlocked' && existsSync(this.session.dir)) {
      InstanceLock.acquire(this.session.dir).release();
    }
    const source = this.locate(from);
    const presence = inspectVaultFolder(source.folder);
    if (presence.state === 'absent') throw noBackup();
    const { key, keyFile } = await this.keyFor(presence.keyFile, secret);
    let staged: ReturnType<typeof stageRestore>;
    try {
      staged =
        'recoveryKey' in secret
          ? // A recovery key is proven only by opening the copy: a miss counts as a failed attempt.
            await this.session.attempt(async () =>
              stageRestore(this.session.dir, source.folder, key, keyFile),
            )
          : stageRestore(this.session.dir, source.folder, key, keyFile);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE' && 'passphrase' in secret) {
        // The passphrase unwrapped the key, so a copy that will not open with it is damaged.
        throw new AppError('VAULT_DAMAGED', 'This backup is damaged and cannot be read. Choose another.');
      }
      throw error;
    } finally {
      key.fill(0);
    }

    this.session.lock('restore');
    // A check or backup still reading the vault holds it open until its worker has stopped.
    await this.session.settled();
    let lock: InstanceLock;
    try {
      lock = InstanceLock.acquire(this.session.dir);
    } catch (error) {
      rmSync(staged.staging, { recursive: true, force: true });
      throw error;
    }
    let setAside: string | null;
    try {
      const keyFileText = JSON.stringify(keyFile, null, 2);
      setAside = swapIn(this.session.dir, keyFileText, this.now());
    } finally {
      lock.release();
    }
    this.session.clearDamage();
    if ('passphrase' in secret) await this.session.unlock(secret.passphrase);
    else await this.session.recover(secret.recoveryKey, secret.newPassphrase);
    this.backups.restored();
    appendAudit(this.session.db(), {
      action: record.action,
      entity: record.entity,
      // A folder's path can name a client ("Backups/Jane Doe"): the trail holds ids, never names.
      entityId: 'id' in from ? from.id : 'a chosen folder',
      detail: setAside ? `replaced vault set aside as ${setAside}` : undefined,
    });
    return {
      restored: source.id,
      setAside: setAside ? backupId('set-aside', setAside) : null,
      contents: staged.contents,
    };
  }

  /** What a chosen folder holds, before it is restored; nothing is written anywhere. */
  async preview(path: string, secret: ChosenSecret | null): Promise<ChosenBackup> {
    const { folder } = this.locate({ path });
    if (inspectVaultFolder(folder).state === 'absent') throw noBackup();
    const facts = await this.backups.describeChosen(folder, secret);
    return { ...facts, createdAt: readManifest(folder)?.createdAt ?? null };
  }

  private locate(from: RestoreSource): { folder: string; id: string } {
    if ('id' in from) {
      const found = locateBackup(this.backups.scope(), from.id);
      return { folder: found.folder, id: from.id };
    }
    const folder = resolve(from.path);
    if (!isAbsolute(from.path) || !existsSync(folder)) {
      throw new AppError('NOT_FOUND', 'That folder does not exist.');
    }
    const inside = relative(resolve(this.session.dir), folder);
    if (inside === '') throw new AppError('VALIDATION', 'That is the vault itself, not a backup of it.');
    return { folder, id: folder };
  }

  /**
   * The key, and the key file to put beside the restored database. With the passphrase, the
   * vault's current key file is preferred when it belongs to the same database, so the current
   * passphrase keeps working; otherwise the backup's own (its passphrase is then the one from
   * when it was made). With the recovery key, the backup's key file, rewrapped on opening.
   */
  private async keyFor(source: KeyFile, secret: RestoreSecret): Promise<{ key: Buffer; keyFile: KeyFile }> {
    if ('recoveryKey' in secret) return { key: parseRecoveryKey(secret.recoveryKey), keyFile: source };
    const current = this.currentKeyFile();
    const candidates = current && sameDatabase(current, source) ? [current, source] : [source];
    return this.backups.unwrapAny(secret.passphrase, candidates);
  }

  private currentKeyFile(): KeyFile | null {
    return existsSync(vaultPaths(this.session.dir).keyFile) ? readKeyFileIn(this.session.dir) : null;
  }
}
