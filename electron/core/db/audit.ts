import { auditEntryHash, GENESIS_HASH } from './audit-hash';
import { AppError } from '../base/app-error';
import { isQueryOnly, type Db } from './connection';
import { isCustodianConnection, writeAuditAsCustodian } from './custodian-connection';

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string;
  /** Ids and reasons only, never clinical text. */
  detail?: string;
}

/** Who acted: the clinician, or the records custodian in a read-only session (migration 024). */
export type AuditActor = 'clinician' | 'custodian';

export interface AuditRow {
  id: number;
  at: string;
  action: string;
  entity: string | null;
  entityId: string | null;
  detail: string | null;
  prevHash: string | null;
  hash: string | null;
  actor: AuditActor;
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

/**
 * Appends one entry at the end of the hash chain. The insert trigger checks the predecessor again,
 * so an entry that does not extend the current end of the chain is refused by the database itself.
 */
export function appendAudit(db: Db, entry: AuditEntry, at = new Date()): void {
  // A vault kept as evidence (the integrity check found outside changes) can still be read, and
  // those reads cannot be recorded: nothing at all is written to it. The README says so. The
  // custodian's connection is read-only too, but its entries are written (and marked as theirs).
  const custodian = isCustodianConnection(db);
  if (isQueryOnly(db) && !custodian) return;
  const head = auditHead(db);
  if (head && head.hash === null) {
    // Only a migration seals entries (012): an unhashed end is a changed trail, not one to extend.
    throw new AppError(
      'VAULT_DAMAGED',
      `The audit trail's newest entry (${head.id}) has no hash: the trail was changed outside Rapport. Run the integrity check.`,
    );
  }
  const fields = {
    at: at.toISOString(),
    action: entry.action,
    entity: entry.entity ?? null,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? null,
    prevHash: head?.hash ?? GENESIS_HASH,
    actor: custodian ? 'custodian' : 'clinician',
  };
  const insert = db.prepare(
    `INSERT INTO audit_log (at, action, entity, entity_id, detail, prev_hash, hash, actor)
     VALUES (@at, @action, @entity, @entityId, @detail, @prevHash, @hash, @actor)`,
  );
  const row = { ...fields, hash: auditEntryHash(fields) };
  if (custodian) writeAuditAsCustodian(db, () => insert.run(row));
  else insert.run(row);
}

/** The newest entry: its number and hash (null when it predates the chain); undefined for an empty trail. */
export function auditHead(db: Db): { id: number; hash: string | null } | undefined {
  return db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string | null } | undefined;
}

/** The newest entry when it carries its hash: the end of the chain an anchor or a manifest can name. */
export function chainedHead(db: Db): { id: number; hash: string } | null {
  const head = auditHead(db);
  return head?.hash ? { id: head.id, hash: head.hash } : null;
}

/** The hash an entry holds, or undefined when there is no entry with that number. */
export function auditHashAt(db: Db, id: number): string | null | undefined {
  const row = db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(id) as
    { hash: string | null } | undefined;
  return row?.hash;
}

/**
 * Entries from before the chain existed get their hashes once, oldest first, continuing from the
 * last sealed entry: only the migration that closes the trail to updates (012) calls this, while
 * migration 006's trigger still allows exactly this fill of empty hash columns.
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

/*
 * One written-out statement per way into the trail. SQLite plans a statement once, and a filter
 * written as "@x IS NULL OR …" can never use an index, so each statement walks the index of the
 * filter that leads it and checks the others on the way. Where that index is not in id order (an
 * action prefix, a date range), the newest matching ids are picked from the index alone and only
 * those rows are read. Paging is a range on the primary key, so no page rereads the ones before
 * it; before the first page the range ends at the largest id SQLite allows.
 */
const LIST_STATEMENTS = {
  /** No filter but paging (or an entity id alone, which the screen never asks for): the primary key. */
  newest: `SELECT id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash, actor
    FROM audit_log
    WHERE id <= coalesce(@beforeId - 1, 9223372036854775807)
      AND (@actionPrefix IS NULL OR substr(action, 1, length(@actionPrefix)) = @actionPrefix)
      AND (@entityId IS NULL OR entity_id = @entityId)
      AND (@from IS NULL OR at >= @from)
      AND (@to IS NULL OR at <= @to)
    ORDER BY id DESC LIMIT @limit`,
  /** One record's entries: audit_log_by_entity, in id order. */
  record: `SELECT id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash, actor
    FROM audit_log
    WHERE entity = @entity AND entity_id = @entityId
      AND id <= coalesce(@beforeId - 1, 9223372036854775807)
      AND (@actionPrefix IS NULL OR substr(action, 1, length(@actionPrefix)) = @actionPrefix)
      AND (@from IS NULL OR at >= @from)
      AND (@to IS NULL OR at <= @to)
    ORDER BY id DESC LIMIT @limit`,
  /** One kind of record: audit_log_by_kind, in id order. */
  kind: `SELECT id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash, actor
    FROM audit_log
    WHERE entity = @entity
      AND id <= coalesce(@beforeId - 1, 9223372036854775807)
      AND (@actionPrefix IS NULL OR substr(action, 1, length(@actionPrefix)) = @actionPrefix)
      AND (@from IS NULL OR at >= @from)
      AND (@to IS NULL OR at <= @to)
    ORDER BY id DESC LIMIT @limit`,
  /**
   * An action prefix: a range of audit_log_by_action (GLOB with a literal head is one), which also
   * holds the time. GLOB ends at a NUL, so the exact prefix test stays.
   */
  action: `SELECT id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash, actor
    FROM audit_log
    WHERE id IN (
      SELECT id FROM audit_log
      WHERE action GLOB @actionGlob
        AND substr(action, 1, length(@actionPrefix)) = @actionPrefix
        AND (@from IS NULL OR at >= @from)
        AND (@to IS NULL OR at <= @to)
        AND id <= coalesce(@beforeId - 1, 9223372036854775807)
      ORDER BY id DESC LIMIT @limit
    )
    ORDER BY id DESC`,
  /**
   * A date range alone: a range of audit_log_by_time. An open end is the widest bound there is:
   * '' sorts before every text, and any blob after every text.
   */
  time: `SELECT id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash, actor
    FROM audit_log
    WHERE id IN (
      SELECT id FROM audit_log
      WHERE at >= coalesce(@from, '') AND at <= coalesce(@to, x'')
        AND id <= coalesce(@beforeId - 1, 9223372036854775807)
      ORDER BY id DESC LIMIT @limit
    )
    ORDER BY id DESC`,
} as const;

/** Which statement leads with the narrowest index this filter allows. */
function listStatement(filter: AuditFilter): keyof typeof LIST_STATEMENTS {
  if (filter.entity !== undefined) return filter.entityId !== undefined ? 'record' : 'kind';
  if (filter.entityId !== undefined) return 'newest';
  if (filter.actionPrefix !== undefined) return 'action';
  if (filter.from !== undefined || filter.to !== undefined) return 'time';
  return 'newest';
}

/** The prefix as a GLOB pattern: its own *, ? and [ stand for themselves. */
function prefixGlob(prefix: string): string {
  return `${prefix.replace(/[*?[]/g, '[$&]')}*`;
}

/** Newest first, filtered (a number is just a limit); the values are bound, never spliced into SQL. */
export function listAudit(db: Db, filterOrLimit: AuditFilter | number = 100): AuditRow[] {
  const filter = typeof filterOrLimit === 'number' ? { limit: filterOrLimit } : filterOrLimit;
  return db.prepare(LIST_STATEMENTS[listStatement(filter)]).all({
    actionPrefix: filter.actionPrefix ?? null,
    actionGlob: filter.actionPrefix === undefined ? null : prefixGlob(filter.actionPrefix),
    entity: filter.entity ?? null,
    entityId: filter.entityId ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    beforeId: filter.beforeId ?? null,
    limit: filter.limit,
  }) as AuditRow[];
}

/**
 * Every entry, oldest first, one at a time: the chain can be long and is only ever walked. A trail
 * from before migration 024 (a backup or an old vault checked as it is) was all the clinician's.
 */
export function iterateAudit(db: Db): IterableIterator<AuditRow> {
  const statement = auditHasActor(db)
    ? 'SELECT id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash, actor FROM audit_log ORDER BY id'
    : "SELECT id, at, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash, 'clinician' AS actor FROM audit_log ORDER BY id";
  return db.prepare(statement).iterate() as IterableIterator<AuditRow>;
}

/** The details of every entry of one action, oldest first: what signing recorded, for example. */
export function auditDetails(
  db: Db,
  action: string,
): IterableIterator<{ id: number; entityId: string | null; detail: string | null }> {
  return db
    .prepare('SELECT id, entity_id AS entityId, detail FROM audit_log WHERE action = ? ORDER BY id')
    .iterate(action) as IterableIterator<{ id: number; entityId: string | null; detail: string | null }>;
}

function auditHasActor(db: Db): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('audit_log')").pluck().all() as string[];
  return columns.includes('actor');
}

/** Whether this vault's schema has the chain columns yet (an older vault verified without upgrading). */
export function auditIsChained(db: Db): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('audit_log')").pluck().all() as string[];
  return columns.includes('hash');
}
