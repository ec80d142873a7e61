import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { z } from 'zod';
import type {
  AuditChainReport,
  auditChannels,
  AuditEntryView,
} from '../../../../shared/audit/audit-contract';
import { appendAudit, iterateAudit, listAudit, type AuditRow } from '../../db/audit';
import type { Db } from '../../db/connection';
import { AppError } from '../../base/app-error';
import { writeCsv } from '../../base/csv-file';
import { schemaVersion } from '../../db/migrate';
import { verifyAuditChain } from '../../db/audit-chain';

type ListInput = z.output<(typeof auditChannels)['audit:list']['input']>;

const CSV_COLUMNS: (keyof AuditRow)[] = [
  'id',
  'at',
  'action',
  'entity',
  'entityId',
  'detail',
  'prevHash',
  'hash',
  'actor',
];

/** Reading the audit trail: browse and filter it, prove its chain, and export it. */
export class AuditService {
  constructor(
    private readonly db: () => Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(input: ListInput): { entries: AuditEntryView[]; nextBeforeId: number | null } {
    // Compared as text with the stored UTC times, so any offset the caller used is turned into UTC.
    const utc = (at: string | undefined) => (at === undefined ? undefined : new Date(at).toISOString());
    const rows = listAudit(this.db(), {
      ...input,
      from: utc(input.from),
      to: utc(input.to),
      limit: input.limit + 1,
    });
    const page = rows.slice(0, input.limit);
    return {
      entries: page.map(({ id, at, action, entity, entityId, detail, actor }) => ({
        id,
        at,
        action,
        entity,
        entityId,
        detail,
        actor,
      })),
      nextBeforeId: rows.length > input.limit ? page.at(-1)!.id : null,
    };
  }

  verify(): AuditChainReport {
    const db = this.db();
    return verifyAuditChain(db, schemaVersion(db));
  }

  /** The whole trail as CSV, hashes included, so the chain can be rechecked outside Rapport. */
  exportCsv(outDir: string): { file: string; entries: number } {
    if (!isAbsolute(outDir) || !existsSync(outDir) || !statSync(outDir).isDirectory()) {
      throw new AppError('VALIDATION', 'That folder does not exist. Choose an existing folder.');
    }
    const db = this.db();
    const stamp = this.now().toISOString().replace(/:/g, '-');
    const file = join(outDir, `rapport-audit-log-${stamp}.csv`);
    const entries = writeCsv(file, CSV_COLUMNS, iterateAudit(db));
    appendAudit(db, { action: 'audit.exported', detail: `${entries} entries` });
    return { file, entries };
  }
}
