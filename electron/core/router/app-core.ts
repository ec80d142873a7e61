import { BackupSchedule } from '../features/backup/backup-schedule';
import { BackupService } from '../features/backup/backup-service';
import type { ChooseFolder } from '../features/files/files-service';
import type { SummaryExportPorts } from '../features/pdf/summary-service';
import type { KdfParams } from '../vault/key-file';
import { VaultSession } from '../session/vault-session';
import { createHandlers } from './handlers';
import { createRouter, type Router, type RouterOptions } from './router';

export interface AppCore {
  session: VaultSession;
  router: Router;
  /** Backups, for the shell to forward their progress events. */
  backups: BackupService;
}

export interface AppCoreOptions extends RouterOptions {
  vaultDir: string;
  kdf?: KdfParams;
  /** See VaultSessionOptions.tickMs: the timer of the idle lock and the daily backup and check. */
  tickMs?: number | null;
  /** The shell's printer and save dialog; without them 'summary:export' says it is unavailable. */
  summaryExport?: SummaryExportPorts;
  /** The shell's folder picker; without it 'files:chooseFolder' says it is unavailable. */
  chooseFolder?: ChooseFolder;
}

/** Everything the UI talks to, without Electron: the app, the CLI and the tests build the same thing. */
export function createAppCore(options: AppCoreOptions): AppCore {
  const session = new VaultSession({ dir: options.vaultDir, kdf: options.kdf, tickMs: options.tickMs });
  const backups = new BackupService(session);
  session.useLifecycle(new BackupSchedule(session, backups));
  const router = createRouter(
    createHandlers(session, {
      summaryExport: options.summaryExport,
      backups,
      chooseFolder: options.chooseFolder,
    }),
    options,
  );
  return { session, router, backups };
}
