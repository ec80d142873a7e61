import { EventEmitter } from 'node:events';
import type {
  IntegrityProgress,
  IntegrityReport,
  IntegrityStatus,
} from '../../../../shared/integrity/integrity-contract';
import { appendAudit, listAudit } from '../../db/audit';
import type { VaultSession } from '../../session/vault-session';
import { isDamage } from '../../vault/backups/backup-failure';
import { withLiveAnchorCheck } from '../../vault/verify';

/** When a check runs: after unlocking, once a day, or because the clinician asked. */
export type CheckOccasion = 'unlock' | 'daily' | 'asked';

const DAMAGE_FOUND: Record<CheckOccasion, string> = {
  unlock:
    'The check after unlocking found the vault’s database damaged. Nothing more was written to it. Restore it from a backup.',
  daily:
    'The daily check found the vault’s database damaged. Nothing more was written to it. Restore it from a backup.',
  asked:
    'The integrity check found the vault’s database damaged. Nothing more was written to it. Restore it from a backup.',
};

/** Checks whose failure means the pages themselves are damaged: the vault closes at once. */
const PAGE_CHECKS = new Set(['page-authentication', 'integrity']);

/**
 * The integrity check of the open vault, wherever it is asked for: it runs in a worker beside the
 * open vault (vault/verify.ts), and what it finds decides what the vault may do next. Damaged
 * pages close the vault (as before); changes made outside Rapport keep it open for reading only,
 * as evidence, until it is restored from a backup. A sound check is recorded in the audit trail,
 * which is how "last checked" survives a restart.
 */
export class IntegrityService extends EventEmitter<{ progress: [IntegrityProgress] }> {
  private last: IntegrityReport | null = null;
  private running: Promise<IntegrityReport> | null = null;
  private progress: IntegrityProgress | null = null;

  constructor(private readonly session: VaultSession) {
    super();
    // A report belongs to the vault that was open; the next unlock checks again.
    session.on('locked', () => (this.last = null));
  }

  status(): IntegrityStatus {
    const db = this.session.db();
    const [lastSound] = listAudit(db, { actionPrefix: 'vault.checked', limit: 1 });
    return {
      last: this.last,
      lastSoundAt: lastSound?.at ?? null,
      running: this.progress,
      readOnly: this.session.readOnly,
    };
  }

  /** Runs the check, or joins the one running. `full` adds the page walk and the full integrity check. */
  check(occasion: CheckOccasion, full = occasion === 'asked'): Promise<IntegrityReport> {
    this.session.db();
    this.running ??= this.run(occasion, full).finally(() => {
      this.running = null;
      this.progress = null;
    });
    return this.running;
  }

  private async run(occasion: CheckOccasion, full: boolean): Promise<IntegrityReport> {
    let report: IntegrityReport;
    try {
      report = await this.session.inBackground(
        { kind: 'check', input: { full } },
        {
          onProgress: (progress) => {
            this.progress = progress;
            this.emit('progress', progress);
          },
        },
      );
    } catch (error) {
      // A database that fails to open in the worker is damaged; anything else (the vault locked
      // first, say) is not a finding and leaves it to the next check.
      if (isDamage(error)) this.session.markDamaged(DAMAGE_FOUND[occasion]);
      throw error;
    }
    // The worker read one moment of the trail; the anchor is compared with the trail as it is now.
    report = withLiveAnchorCheck(report, this.session.db(), this.session.anchorContext());
    this.last = report;
    const pagesDamaged = report.checks.some((check) => !check.ok && PAGE_CHECKS.has(check.name));
    if (pagesDamaged) {
      this.session.markDamaged(DAMAGE_FOUND[occasion]);
    } else if (!report.ok) {
      const count = report.findings.length + report.more;
      this.session.keepAsEvidence(
        `The integrity check found ${count} change${count === 1 ? '' : 's'} made outside Rapport. You can read the record, but nothing is changed or recorded in it until it is restored from a backup. See Settings → Integrity.`,
      );
    } else {
      appendAudit(this.session.db(), { action: 'vault.checked', detail: occasion });
    }
    return report;
  }
}
