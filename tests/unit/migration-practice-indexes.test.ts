import { describe, expect, it } from 'vitest';
import { openCore } from './support/open-core';

function plan(db: ReturnType<Awaited<ReturnType<typeof openCore>>['session']['db']>, sql: string): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
}

describe('migration: practice indexes', () => {
  it('lets the last attended session and an invoice’s payments be read from an index, not a scan', async () => {
    const core = await openCore();
    const db = core.session.db();
    expect(
      plan(
        db,
        "SELECT max(a.local_date) FROM appointments a WHERE a.client_id = 'x' AND a.status = 'attended'",
      ),
    ).toMatch(/appointments_attended/);
    expect(plan(db, "SELECT sum(amount_minor) FROM payments p WHERE p.invoice_id = 'x'")).toMatch(
      /payments_by_invoice/,
    );
  });
});
