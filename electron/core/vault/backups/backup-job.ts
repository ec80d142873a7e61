import { join } from 'node:path';
import type { BackupProgress } from '../../../../shared/backup/backup-contract';
import { tableCounts } from '../../db/backups';
import type { Db } from '../../db/connection';
import { describeFailure } from './backup-failure';
import { PARTIAL_PREFIX, vaultBackupsRoot } from '../backup-layout';
import type { BackupManifest, BackupTrigger } from './backup-manifest';
import { copyBackup, prune, removePartials } from './backup-store';
import { writeBackup } from './backup-writer';

export interface BackupJobRequest {
  vaultDir: string;
  /** Chosen by the caller, so that it knows which half-written folders are this job's. */
  name: string;
  trigger: BackupTrigger;
  at: Date;
  /** This vault's folder in the second backup folder, when one is set. */
  secondRoot: string | null;
}

export interface BackupJobResult {
  name: string;
  manifest: BackupManifest;
  /** Rows per record table of the vault, for the summary. */
  counts: Record<string, number>;
  secondCopy: 'copied' | 'not-set' | 'failed';
  /** Why the second copy failed, in words for Settings. */
  secondError: string | null;
}

/**
 * One backup, start to finish, on any connection that can read the vault: written and verified
 * in the vault's backups folder, copied to the second folder, old ones thinned out. The app runs
 * it in a worker thread beside the open vault; the command line and the backup on quit run it on
 * the vault's own connection. Writes nothing to the vault: recording it is the caller's part.
 */
export function runBackupJob(
  db: Db,
  request: BackupJobRequest,
  report: (progress: BackupProgress) => void,
  anchorKey: Buffer | null,
): BackupJobResult {
  const root = vaultBackupsRoot(request.vaultDir);
  const steps = request.secondRoot ? 3 : 2;
  report({ phase: 'writing', step: 1, steps });
  removePartials(root);
  const written = writeBackup(db, {
    vaultDir: request.vaultDir,
    root,
    name: request.name,
    trigger: request.trigger,
    at: request.at,
    anchorKey,
  });
  const counts = tableCounts(db, 'main', false);
  let secondCopy: BackupJobResult['secondCopy'] = 'not-set';
  let secondError: string | null = null;
  if (request.secondRoot) {
    report({ phase: 'copying-to-second-folder', step: 2, steps });
    try {
      copyBackup(written.folder, written.manifest, request.secondRoot, request.name);
      prune(request.secondRoot, 'second');
      secondCopy = 'copied';
    } catch (error) {
      secondCopy = 'failed';
      secondError = `The backup was made, but its copy in the second folder failed: ${describeFailure(error)}`;
    }
  }
  report({ phase: 'pruning', step: steps, steps });
  prune(root, 'vault');
  return { name: request.name, manifest: written.manifest, counts, secondCopy, secondError };
}

/** The folders a job writes under temporary names: left behind only when it was stopped midway. */
export function partialFolders(request: BackupJobRequest): string[] {
  const roots = [vaultBackupsRoot(request.vaultDir), ...(request.secondRoot ? [request.secondRoot] : [])];
  return roots.map((root) => join(root, `${PARTIAL_PREFIX}${request.name}`));
}
