import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import { noteContent, type Note, type NoteSummary } from '../../shared/notes/note-contract';
import { APP_DEMO, seedDemo, type DemoOptions } from '../../electron/tools/demo/seed-demo';
import { AppError } from '../../electron/core/base/app-error';
import { dumpTables, openCore } from './support/open-core';

const SMALL: DemoOptions = { clients: 3, years: 1, seed: '1', until: '2025-06-30' };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const SHA256 = /\b[0-9a-f]{64}\b/g;

async function seeded(options: DemoOptions) {
  const core = await openCore();
  const summary = seedDemo(core.session.db(), options);
  return { core, summary };
}

/**
 * Every row of every table, with what may differ between two runs taken out: record ids (the
 * services draw them at random) become their order of first appearance, content hashes (made over
 * those ids) a marker, and the audit trail keeps what happened but not when it was written.
 */
function normalised(tables: Record<string, unknown[]>): string {
  const ids = new Map<string, string>();
  const audit = (tables.audit_log as Record<string, unknown>[]).map(
    ({ action, entity, entity_id, detail }) => ({
      action,
      entity,
      entity_id,
      detail,
    }),
  );
  return JSON.stringify({ ...tables, audit_log: audit })
    .replace(UUID, (id) => ids.get(id) ?? (ids.set(id, `id-${ids.size}`), ids.get(id)!))
    .replace(SHA256, 'sha256');
}

function contentOf(note: Note) {
  return {
    sessionDate: note.sessionDate,
    startTime: note.startTime,
    endTime: note.endTime,
    modality: note.modality,
    attendees: note.attendees,
    format: note.format,
    body: note.body,
    goalWork: note.goalWork,
    checklist: note.checklist.map(({ itemId, answer, comment }) => ({ itemId, answer, comment })),
    feedback: note.feedback,
    ruptures: note.ruptures,
  };
}

describe('the demo generator', () => {
  it('writes the same records for the same seed and day, and others for another seed', async () => {
    const first = await seeded(SMALL);
    const again = await seeded(SMALL);
    const other = await seeded({ ...SMALL, seed: '2' });
    expect(first.summary.notes).toBeGreaterThan(0);
    expect(again.summary).toEqual(first.summary);
    expect(normalised(dumpTables(again.core))).toBe(normalised(dumpTables(first.core)));
    expect(normalised(dumpTables(other.core))).not.toBe(normalised(dumpTables(first.core)));
  });

  it('writes only records the contract accepts, and every signed note verifies', async () => {
    const { core, summary } = await seeded(SMALL);
    const clients = await core.call('clients:list', {
      statuses: ['enquiry', 'waitlist', 'active', 'paused', 'discharged', 'archived'],
    });
    expect(clients).toHaveLength(SMALL.clients);
    let notes = 0;
    for (const client of clients) {
      channels['clients:get'].output.parse(await core.call('clients:get', { id: client.id }));
      channels['goals:get'].output.parse(await core.call('goals:get', { clientId: client.id }));
      channels['appointments:forClient'].output.parse(
        await core.call('appointments:forClient', { clientId: client.id }),
      );
      const list: NoteSummary[] = await core.call('notes:list', { clientId: client.id });
      for (const summaryRow of list) {
        const note = channels['notes:get'].output.parse(await core.call('notes:get', { id: summaryRow.id }));
        const checked = noteContent.safeParse(contentOf(note));
        expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
        notes++;
      }
    }
    expect(notes).toBe(summary.notes);
    const verified = await core.call('integrity:check', {});
    expect(verified.findings).toEqual([]);
    expect(verified.checks.find((check) => check.name === 'signatures')?.detail).toMatch(
      new RegExp(`^${summary.signedNotes + summary.addenda} signed notes and addenda match`),
    );
  });

  it('fills the app’s demo practice with the whole range of a real one', async () => {
    const { core, summary } = await seeded({ ...APP_DEMO, until: '2025-06-30' });
    expect(summary.clients).toBe(APP_DEMO.clients);
    expect(Object.keys(summary.byFormat).sort()).toEqual(['BIRP', 'DAP', 'GIRP', 'SOAP']);
    expect(Object.keys(summary.byStatus).length).toBeGreaterThanOrEqual(3);
    for (const count of [
      'ruptures',
      'addenda',
      'processNotes',
      'planVersions',
      'clientRatings',
      'invoices',
    ] as const) {
      expect(summary[count], count).toBeGreaterThan(0);
    }
    const clients = await core.call('clients:list', {
      statuses: ['enquiry', 'waitlist', 'active', 'paused', 'discharged', 'archived'],
    });
    // Names in more than the Latin script, and Latin with diacritics.
    expect(
      clients.some((c) => /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(c.legalName)),
    ).toBe(true);
    expect(clients.some((c) => /[\u00c0-\u024f\u1e00-\u1eff]/u.test(c.legalName))).toBe(true);
    // Some clients claim from a private insurer, with the policy a superbill prints.
    const insured = await Promise.all(clients.map((c) => core.call('insurance:get', { clientId: c.id })));
    expect(insured.filter((i) => i.memberId).length).toBeGreaterThan(0);
    // A records custodian arranged, with both secrets left out of the package as by default.
    expect(await core.call('custodian:get', {})).toMatchObject({
      name: 'Dr Helen Okafor',
      includeContactList: false,
      includeRecoveryKey: false,
    });
    // Its invoices, receipts and statements say how to pay and why no VAT is charged.
    const documents = await core.call('billing:documentSettings', {});
    expect(documents.paymentDetails).toMatch(/sort code .* account/);
    expect(documents.taxWording).toMatch(/exempt from VAT/);
  });

  it('refuses a vault that already has clients', async () => {
    const { core } = await seeded({ ...SMALL, clients: 1 });
    const error = (() => {
      try {
        seedDemo(core.session.db(), SMALL);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
  });
});
