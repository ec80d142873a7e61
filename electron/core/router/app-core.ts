import { BackupSchedule } from '../features/backup/backup-schedule';
import type { BackupService } from '../features/backup/backup-service';
import type { IntegrityService } from '../features/integrity/integrity-service';
import type { ChooseFolder } from '../features/files/files-service';
import type { SummaryExportPorts } from '../features/pdf/summary-service';
import { VaultSession } from '../session/vault-session';
import type { KdfParams } from '../vault/key-file';
import { modeGates, refusalByGates } from './channel-gates';
import { createHandlers } from './handlers';
import { createRouter, type Router, type RouterOptions } from './router';
import { createServices, type Services } from './services';

export interface AppCore {
  session: VaultSession;
  router: Router;
  /** Backups, for the shell to forward their progress events. */
  backups: BackupService;
  /** The integrity check, for the shell to forward its progress events. */
  integrity: IntegrityService;
  services: Services;
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
  /** The one clock of the session, its services and its backup schedule (tests move it). */
  now?: () => number;
  /**
   * The system's locale: the screens, their date and time fields and the PDFs are all written in
   * it. Asked for when needed (the shell knows it only once Electron is ready); the process's own
   * by default.
   */
  locale?: () => string;
}

/** Everything the UI talks to, without Electron: the app, the CLI and the tests build the same thing. */
export function createAppCore(options: AppCoreOptions): AppCore {
  const clock = options.now ?? Date.now;
  const now = () => new Date(clock());
  const session = new VaultSession({
    dir: options.vaultDir,
    kdf: options.kdf,
    now: clock,
    tickMs: options.tickMs,
  });
  const ports = options.summaryExport;
  const services = createServices(session, {
    now,
    // Every document is printed through this one printer: a long print keeps the vault from idling shut.
    summaryExport: ports && {
      ...ports,
      printer: { print: (document) => session.keepAwakeWhile(() => ports.printer.print(document)) },
    },
    chooseFolder: options.chooseFolder,
    locale: options.locale,
    kdf: options.kdf,
  });
  session.useLifecycle(
    new BackupSchedule(session, services.backups, (occasion) => services.integrity.check(occasion), now),
  );
  const router = createRouter(createHandlers(session, services, options.locale), {
    ...options,
    writesRefused: () => session.refusalOfWrites(),
    refuses: refusalByGates(
      modeGates({ clientMode: () => services.clientMode.active, custodian: () => session.custodian }),
    ),
  });
  return { session, router, backups: services.backups, integrity: services.integrity, services };
}
