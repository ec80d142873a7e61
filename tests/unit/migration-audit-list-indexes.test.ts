import { describe, expect, it } from 'vitest';
import { openCore } from './support/open-core';

function planOf(rows: unknown[]): string {
  return (rows as { detail: string }[]).map((r) => r.detail).join('\n');
}

describe('migration: audit list indexes', () => {
  it('lets the audit trail be filtered by action, by time and by kind of record from an index, not a scan', async () => {
    const core = await openCore();
    const db = core.session.db();
    const byAction = planOf(
      db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE action GLOB 'note.*' AND at >= '2026-01-01' ORDER BY id DESC LIMIT 200",
        )
        .all(),
    );
    expect(byAction).toMatch(/COVERING INDEX audit_log_by_action \(action>\? AND action<\?\)/);
    const byTime = planOf(
      db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE at >= '2026-01-01' AND at <= '2026-01-31' ORDER BY id DESC LIMIT 200",
        )
        .all(),
    );
    expect(byTime).toMatch(/COVERING INDEX audit_log_by_time \(at>\? AND at<\?\)/);
    // Newest first within a kind straight from the index: no sort of all that kind's entries.
    const byKind = planOf(
      db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE entity = 'note' AND id < 5000 ORDER BY id DESC LIMIT 200",
        )
        .all(),
    );
    expect(byKind).toMatch(/INDEX audit_log_by_kind \(entity=\? AND id<\?\)/);
    expect(byKind).not.toMatch(/TEMP B-TREE/);
    core.session.lock('quit');
  });
});
