import { describe, expect, it } from 'vitest';
import { openCore } from './support/open-core';

function planOf(rows: unknown[]): string {
  return (rows as { detail: string }[]).map((r) => r.detail).join('\n');
}

describe('migration: practice indexes', () => {
  it('lets the last attended session and an invoice’s payments be read from an index, not a scan', async () => {
    const core = await openCore();
    const db = core.session.db();
    expect(
      planOf(
        db
          .prepare(
            "EXPLAIN QUERY PLAN SELECT max(a.local_date) FROM appointments a WHERE a.client_id = 'x' AND a.status = 'attended'",
          )
          .all(),
      ),
    ).toMatch(/appointments_attended/);
    expect(
      planOf(
        db
          .prepare("EXPLAIN QUERY PLAN SELECT sum(amount_minor) FROM payments p WHERE p.invoice_id = 'x'")
          .all(),
      ),
    ).toMatch(/payments_by_invoice/);
  });
});
