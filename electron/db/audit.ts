import { auditEntryHash, GENESIS_HASH } from '../audit/audit-hash';
import type { Db } from './connection';

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string;
  /** Ids and reasons only, never clinical text. */
  detail?: string;
}

export interface AuditRow {
  id: number;
  at: string;
  action: string;
  entity: string | null;
  entityId: string | null;
  detail: string | null;
  prevHash: string | null;
  hash: string | null;
}

export interface AuditFilter {
  /** Only entries whose action starts with this, e.g. "note." or "vault.unlocked". */
  actionPrefix?: string;
  entity?: string;
  entityId?: string;
  /** Inclusive ISO timestamps or dates (compared as text, which orders ISO 8601 correctly). */
  from?: string;
  to?: string;
  /** Paging: entries older than this id. */
  beforeId?: number;
  limit: number;
}

const ROW_COLUMNS =
  'id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash FROM audit_log';

/**
 * Appends one entry at the end of the hash chain. The insert trigger checks the predecessor again,
 * so an entry that does not extend the current end of the chain is refused by the database itself.
 */
export function appendAudit(db: Db, entry: AuditEntry, at = new Date()): void {
  let prevHash = lastHash(db);
  if (prevHash === null) {
    sealUnchainedEntries(db);
    prevHash = lastHash(db);
  }
  const fields = {
    at: at.toISOString(),
    action: entry.action,
    entity: entry.entity ?? null,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? null,
    prevHash: prevHash ?? GENESIS_HASH,
  };
  db.prepare(
    `INSERT INTO audit_log (at, action, entity, entity_id, detail, prev_hash, hash)
     VALUES (@at, @action, @entity, @entityId, @detail, @prevHash, @hash)`,
  ).run({ ...fields, hash: auditEntryHash(fields) });
}

/** The newest entry's hash; undefined for an empty trail, null when it predates the chain. */
function lastHash(db: Db): string | null | undefined {
  const row = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { hash: string | null } | undefined;
  return row?.hash;
}

/**
 * Entries from before the chain existed get their hashes once, oldest first, continuing from the
 * last sealed entry. The trigger allows exactly this: filling empty hash columns, nothing else.
 */
export function sealUnchainedEntries(db: Db): number {
  const unsealed = db
    .prepare(
      'SELECT id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash FROM audit_log WHERE hash IS NULL ORDER BY id',
    )
    .all() as AuditRow[];
  if (unsealed.length === 0) return 0;
  const before = db
    .prepare('SELECT hash FROM audit_log WHERE id < ? AND hash IS NOT NULL ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(unsealed[0]!.id) as string | undefined;
  const seal = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  db.transaction(() => {
    let prevHash = before ?? GENESIS_HASH;
    for (const row of unsealed) {
      const hash = auditEntryHash({ ...row, prevHash });
      seal.run(prevHash, hash, row.id);
      prevHash = hash;
    }
  })();
  return unsealed.length;
}

/** Newest first, filtered (a number is just a limit); the values are bound, never spliced into SQL. */
export function listAudit(db: Db, filterOrLimit: AuditFilter | number = 100): AuditRow[] {
  const filter = typeof filterOrLimit === 'number' ? { limit: filterOrLimit } : filterOrLimit;
  return db
    .prepare(
      `SELECT ${ROW_COLUMNS}
       WHERE (@actionPrefix IS NULL OR substr(action, 1, length(@actionPrefix)) = @actionPrefix)
         AND (@entity IS NULL OR entity = @entity)
         AND (@entityId IS NULL OR entity_id = @entityId)
         AND (@from IS NULL OR at >= @from)
         AND (@to IS NULL OR at <= @to)
         AND (@beforeId IS NULL OR id < @beforeId)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({
      actionPrefix: filter.actionPrefix ?? null,
      entity: filter.entity ?? null,
      entityId: filter.entityId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      beforeId: filter.beforeId ?? null,
      limit: filter.limit,
    }) as AuditRow[];
}

/** Every entry, oldest first, one at a time: the chain can be long and is only ever walked. */
export function iterateAudit(db: Db): IterableIterator<AuditRow> {
  return db
    .prepare(
      'SELECT id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY id',
    )
    .iterate() as IterableIterator<AuditRow>;
}

/** Whether this vault's schema has the chain columns yet (an older vault verified without upgrading). */
export function auditIsChained(db: Db): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('audit_log')").pluck().all() as string[];
  return columns.includes('hash');
}
