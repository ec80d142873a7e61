import { setQueryOnly, type Db } from './connection';

/** Connections opened by the records custodian: every audit entry written through them is theirs. */
const custodianConnections = new WeakSet<Db>();

/**
 * The records custodian's connection. SQLite refuses every change made through it (query_only), so
 * a channel wrongly let through by the router still cannot touch the record; only the audit writer
 * lifts that, for its own one insert, and marks that entry as the custodian's.
 */
export function openToCustodian(db: Db): void {
  setQueryOnly(db, true);
  custodianConnections.add(db);
}

export function isCustodianConnection(db: Db): boolean {
  return custodianConnections.has(db);
}

/**
 * Nothing more is written through this connection, not even the custodian's audit entries: the
 * integrity check found changes made outside Rapport and the vault is kept as evidence.
 */
export function refuseEveryWrite(db: Db): void {
  custodianConnections.delete(db);
  setQueryOnly(db, true);
}

/**
 * Runs the audit writer's insert on the custodian's connection, the one write it allows. The
 * connection is read-only again before this returns, whatever happened.
 */
export function writeAuditAsCustodian<T>(db: Db, insert: () => T): T {
  setQueryOnly(db, false);
  try {
    return insert();
  } finally {
    setQueryOnly(db, true);
  }
}
