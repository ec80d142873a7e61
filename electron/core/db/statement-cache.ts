import Database from 'better-sqlite3-multiple-ciphers';

const MAX_CACHED_STATEMENTS = 500;

/**
 * Compiling a statement costs far more than running a small one: one that touches the full-text
 * index reads the index's configuration on every compile. So each SQL text is compiled once per
 * connection and reused. Output modes (pluck, raw, expand) are reset on every reuse so that one
 * caller's choice never leaks into another's, and a statement still being iterated is never handed
 * out twice.
 */
export class StatementCachingDatabase extends Database {
  private readonly statements = new Map<string, Database.Statement>();

  override prepare<P extends unknown[] | object = unknown[], R = unknown>(
    source: string,
  ): Database.Statement<P, R> {
    const cached = this.statements.get(source);
    if (cached && !cached.busy) {
      if (cached.reader) cached.pluck(false).raw(false).expand(false);
      return cached as never;
    }
    const statement = super.prepare(source);
    if (cached) return statement as never;
    if (this.statements.size >= MAX_CACHED_STATEMENTS) {
      this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(source, statement);
    return statement as never;
  }
}
