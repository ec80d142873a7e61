/** A migration is plain SQL, frozen once released: it imports nothing from the app. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Before this migration's SQL, a vault coming from a schema older than this version has its
   * unhashed audit entries sealed (SQLite here has no SHA-256, so the runner does it).
   */
  sealAuditEntriesIfFromBefore?: number;
}
