import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpoint, openEncrypted, type Db } from '../../electron/core/db/connection';
import { iterateRows } from '../../electron/core/db/export';
import { countRows, kindsMissing } from '../../electron/core/db/record-destruction';
import { unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { inspectVaultFolder, vaultPaths } from '../../electron/core/vault/vault-files';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { createAppCore } from '../../electron/core/router/app-core';
import { DEFAULT_RETENTION_RULE, retainUntil } from '../../shared/clients/retention';
import { retentionOf } from '../../shared/retention/client-retention';
import { dumpTables, openCore } from './support/open-core';
import { STRONG, STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

type Core = Awaited<ReturnType<typeof openCore>>;
const MARKER = 'Quokkazanzibar';

describe('retention dates', () => {
  const facts = { id: 'c', status: 'discharged', createdAt: '2019-01-01T10:00:00Z' };

  it('keeps an adult’s record for the years after the last service, not from the discharge', () => {
    const adult = retentionOf(
      { ...facts, dateOfBirth: '1980-02-29', lastService: '2024-03-03' },
      DEFAULT_RETENTION_RULE,
      '2026-01-01',
    );
    expect(adult).toMatchObject({
      retainUntil: '2031-03-03',
      basis: 'adult',
      from: '2024-03-03',
      fromKind: 'last-service',
      due: false,
    });
    // A leap day plus whole years lands on 28 February.
    expect(retainUntil(DEFAULT_RETENTION_RULE, '2024-02-29', undefined).retainUntil).toBe('2031-02-28');
    // Never seen: counted from the day the record was opened.
    expect(
      retentionOf({ ...facts, dateOfBirth: '', lastService: '' }, DEFAULT_RETENTION_RULE, '2026-01-01'),
    ).toMatchObject({
      retainUntil: '2026-01-01',
      fromKind: 'record-opened',
      due: true,
    });
  });

  it('keeps a minor’s record until the years after they come of age, when that is later', () => {
    const minor = retentionOf(
      { ...facts, dateOfBirth: '2014-06-01', lastService: '2025-01-15' },
      DEFAULT_RETENTION_RULE,
      '2026-01-01',
    );
    expect(minor).toMatchObject({ retainUntil: '2035-06-01', basis: 'minor' });
    const stricter = { adultYears: 10, ageOfMajority: 21, minorYearsAfterMajority: 1 };
    expect(
      retentionOf({ ...facts, dateOfBirth: '2014-06-01', lastService: '2025-01-15' }, stricter, '2026-01-01'),
    ).toMatchObject({
      retainUntil: '2036-06-01',
      basis: 'minor',
    });
  });

  it('moves the date when a client returns and is seen again, and when the rule changes', async () => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Ari', startAs: 'active' });
    await signedNote(core, id, '2015-04-10', 'first course');
    await core.call('clients:changeStatus', {
      id,
      status: 'discharged',
      date: '2015-05-01',
      reason: 'Ended',
    });
    expect(await core.call('retention:forClient', { clientId: id })).toMatchObject({
      retainUntil: '2022-04-10',
      due: true,
    });
    expect((await core.call('retention:past', {})).map((item) => item.id)).toEqual([id]);

    // Back for a second course: the last service is now the new session.
    await core.call('clients:changeStatus', { id, status: 'active', date: '2020-01-01' });
    await signedNote(core, id, '2020-02-03', 'second course');
    await core.call('clients:changeStatus', {
      id,
      status: 'archived',
      date: '2020-03-01',
      reason: 'Ended again',
    });
    expect(await core.call('clients:get', { id })).toMatchObject({ retainUntil: '2027-02-03' });
    expect(await core.call('retention:past', {})).toEqual([]);

    // A shorter rule for this jurisdiction brings it into the past-retention list.
    await core.call('retention:setRule', { adultYears: 5, ageOfMajority: 19, minorYearsAfterMajority: 2 });
    expect(await core.call('retention:rule', {})).toEqual({
      adultYears: 5,
      ageOfMajority: 19,
      minorYearsAfterMajority: 2,
    });
    expect(await core.call('retention:forClient', { clientId: id })).toMatchObject({
      retainUntil: '2025-02-03',
      due: true,
    });
    expect((await core.call('retention:past', {})).map((item) => item.id)).toEqual([id]);
  });
});

describe('destroying a record', () => {
  it('removes every row of that client in every table, the search index and free pages included', async () => {
    const { core, target, other } = await oldPractice();
    const before = countRows(core.session.db(), target);
    const otherBefore = countRows(core.session.db(), other);
    expect(Object.values(before).filter((n) => n > 0).length).toBeGreaterThan(15);
    // The record holds what later issues added too: measures and signed documents.
    expect(before.measures).toBeGreaterThan(0);
    expect(before.measure_schedules).toBeGreaterThan(0);
    expect(before.consent_documents).toBeGreaterThan(0);
    expect(await plainVault(core)).toContain(MARKER);

    const preview = await core.call('retention:preview', { clientId: target });
    expect(preview.retention.due).toBe(true);
    expect(preview.counts.notes).toBe(before.notes);

    const entry = await core.call('retention:destroy', {
      clientId: target,
      passphrase: STRONG,
      keepBilling: false,
      overrideReason: '',
    });
    expect(entry).toMatchObject({
      clientId: target,
      actor: 'clinician',
      overrideReason: '',
      billing: 'removed',
    });
    expect(entry.counts).toEqual(Object.fromEntries(Object.entries(before).filter(([, n]) => n > 0)));

    const db = core.session.db();
    // Every table that names a client, found from the schema itself, so a table added later is covered.
    const tables = clientTables(db);
    expect(tables.length).toBeGreaterThan(15);
    for (const table of tables) {
      expect(db.prepare('SELECT count(*) FROM pragma_table_info(?)').pluck().get(table)).toBeGreaterThan(0);
      expect(rowsOf(db, table, target), table).toBe(0);
    }
    expect(kindsMissing(db)).toEqual([]);
    // Nothing left pointing at what went (addenda, goals, invoice lines, diagnosis history).
    expect(db.prepare('SELECT * FROM pragma_foreign_key_check').all()).toEqual([]);
    expect(countRows(db, other)).toEqual(otherBefore);
    expect(await core.call('notes:search', { query: MARKER })).toEqual([]);
    expect(
      (await core.call('clients:list', { statuses: ['discharged', 'archived'] })).map((c) => c.id),
    ).not.toContain(target);

    // The entry: who, when, which id, the counts; the audit trail names the id only.
    expect(await core.call('retention:destructions', {})).toEqual([entry]);
    const audit = db
      .prepare("SELECT entity_id AS entityId, detail FROM audit_log WHERE action = 'client.destroyed'")
      .all();
    expect(audit).toEqual([
      { entityId: target, detail: expect.stringMatching(/^rows=\d+; billing=removed; override=no$/) },
    ]);
    const trail = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    expect(trail).not.toContain(MARKER);
    expect(trail).not.toContain('Destroyable');

    // Decrypted, the vault's pages (free ones too) hold none of the destroyed text; the other client's remains.
    const plain = await plainVault(core);
    expect(plain).not.toContain(MARKER);
    expect(plain).not.toContain(MARKER.toLowerCase());
    expect(plain).toContain('Kept Other');

    // The full check finds the vault whole: the signed notes that went are recorded as destroyed, not lost.
    const report = await core.call('integrity:check', {});
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const { core, target } = await oldPractice();
    const before = dumpTables(core);
    const result = await core.router.call('retention:destroy', {
      clientId: target,
      passphrase: 'not-the-passphrase-at-all',
      keepBilling: false,
      overrideReason: '',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const after = dumpTables(core);
    // The failed attempt is itself recorded; nothing else moved.
    expect({ ...after, audit_log: [] }).toEqual({ ...before, audit_log: [] });
  });

  it('refuses before the retention date, and goes ahead on an override with its reason on record', async () => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Recent', startAs: 'active' });
    await signedNote(core, id, new Date().toISOString().slice(0, 10), 'seen this week');
    const active = await core.router.call('retention:destroy', {
      clientId: id,
      passphrase: STRONG,
      keepBilling: false,
      overrideReason: 'x',
    });
    expect(active).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: /Discharge or archive/ } });
    await core.call('clients:changeStatus', {
      id,
      status: 'archived',
      date: '2026-01-02',
      reason: 'Moved away',
    });
    const before = dumpTables(core);
    const early = await core.router.call('retention:destroy', {
      clientId: id,
      passphrase: STRONG,
      keepBilling: false,
      overrideReason: '  ',
    });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /kept until its retention date/ },
    });
    expect(dumpTables(core)).toEqual(before);
    // The database refuses too, whatever the caller.
    expect(() => core.session.db().prepare('DELETE FROM clients WHERE id = ?').run(id)).toThrow(
      /retention date/,
    );

    const entry = await core.call('retention:destroy', {
      clientId: id,
      passphrase: STRONG,
      keepBilling: false,
      overrideReason: 'Court order 2026/114',
    });
    expect(entry.overrideReason).toBe('Court order 2026/114');
    expect(rowsOf(core.session.db(), 'clients', id)).toBe(0);
    expect(
      core.session
        .db()
        .prepare("SELECT detail FROM audit_log WHERE action = 'client.destroyed'")
        .pluck()
        .get(),
    ).toMatch(/override=yes/);
  });

  it('keeps invoices and payments for tax when chosen, with nothing left that says whose they were', async () => {
    const { core, target } = await oldPractice();
    const db = core.session.db();
    const invoices = rowsOf(db, 'invoices', target);
    const payments = rowsOf(db, 'payments', target);
    expect(invoices).toBeGreaterThan(0);
    const entry = await core.call('retention:destroy', {
      clientId: target,
      passphrase: STRONG,
      keepBilling: true,
      overrideReason: '',
    });
    expect(entry.billing).toBe('kept');
    expect(entry.counts.invoices).toBeUndefined();
    expect(rowsOf(db, 'invoices', target)).toBe(invoices);
    expect(rowsOf(db, 'payments', target)).toBe(payments);
    expect(
      db
        .prepare(
          'SELECT chosen_name, legal_name, date_of_birth, enquiry_note, search_key FROM clients WHERE id = ?',
        )
        .get(target),
    ).toEqual({
      chosen_name: '',
      legal_name: '',
      date_of_birth: '',
      enquiry_note: '',
      search_key: '',
    });
    for (const table of clientTables(db).filter((t) => !['clients', 'invoices', 'payments'].includes(t))) {
      expect(rowsOf(db, table, target), table).toBe(0);
    }
    expect(db.prepare('SELECT * FROM pragma_foreign_key_check').all()).toEqual([]);
    expect(await core.router.call('clients:get', { id: target })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await plainVault(core)).not.toContain(MARKER);
  });
});

describe('destruction entries', () => {
  it('travel in the open export and read back into a new vault as they were', async () => {
    const { core, target } = await oldPractice();
    const entry = await core.call('retention:destroy', {
      clientId: target,
      passphrase: STRONG,
      keepBilling: true,
      overrideReason: '',
    });
    const exported = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: true });
    expect(exported.tables.record_destructions).toBe(1);
    core.session.lock('quit');
    const dir = join(tempDir(), 'imported');
    await importVault(dir, STRONG_2, join(exported.folder, 'rapport-export.json'), { kdf: TEST_KDF });
    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await imported.session.unlock(STRONG_2);
    const result = await imported.router.call('retention:destructions', {});
    expect(result).toEqual({ ok: true, value: [entry] });
    // The destroyed client stays out of the imported vault's lists too.
    const listed = await imported.router.call('clients:list', { statuses: ['archived', 'discharged'] });
    expect(listed.ok && listed.value.map((c) => c.id)).not.toContain(target);
  });
});

async function signedNote(core: Core, clientId: string, sessionDate: string, text: string): Promise<void> {
  const note = await core.call('notes:create', { clientId, sessionDate, format: 'DAP' });
  await core.call('notes:save', {
    id: note.id,
    baseUpdatedAt: note.updatedAt,
    content: { sessionDate, modality: 'video', format: 'DAP', body: { data: text } },
  });
  await core.call('notes:sign', { id: note.id });
}

/**
 * A demo practice from long ago (every record past its date), with a marker written into the
 * record to be destroyed: in a signed note (and so the search index) and in the intake.
 */
async function oldPractice(): Promise<{ core: Core; target: string; other: string }> {
  const core = await openCore();
  seedDemo(core.session.db(), { clients: 4, years: 1, seed: 'retention', until: '2012-06-30' });
  const db = core.session.db();
  const ids = db.prepare('SELECT id FROM clients ORDER BY id').pluck().all() as string[];
  // The record with the most of everything, invoices included.
  const filled = (id: string) => Object.values(countRows(db, id)).filter((n) => n > 0).length;
  const [target, other] = [...ids].sort((a, b) => filled(b) - filled(a)) as [string, string];
  for (const [id, name] of [
    [target, 'Destroyable Person'],
    [other, 'Kept Other'],
  ] as const) {
    const record = await core.call('clients:get', { id });
    const intake = structuredClone(record.intake);
    intake.identity.chosenName = name;
    if (id === target) intake.history.medications = `${MARKER} 40 mg`;
    await core.call('intake:save', { clientId: id, baseRevision: record.revision, data: intake });
    if (record.status !== 'archived' && record.status !== 'discharged') {
      await core.call('clients:changeStatus', {
        id,
        status: 'archived',
        date: '2012-07-01',
        reason: 'Ended',
      });
    }
  }
  await signedNote(core, target, '2012-06-01', `${MARKER} said the session helped`);
  return { core, target, other };
}

function clientTables(db: Db): string[] {
  const named = db
    .prepare(
      "SELECT DISTINCT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'client_id' AND m.name <> 'record_destructions' ORDER BY m.name",
    )
    .pluck()
    .all() as string[];
  return [...named, 'clients'];
}

/** One client's rows in a table named by the schema, read with the export's own fixed statements. */
function rowsOf(db: Db, table: string, clientId: string): number {
  const column = table === 'clients' ? 'id' : 'client_id';
  return [...iterateRows(db, table)].filter((row) => row[column] === clientId).length;
}

/** The vault's file decrypted page for page (free pages too) into a copy the test then deletes. */
async function plainVault(core: Core): Promise<string> {
  checkpoint(core.session.db(), 'TRUNCATE');
  const presence = inspectVaultFolder(core.dir);
  if (presence.state !== 'present') throw new Error('no vault');
  const folder = tempDir();
  const copy = join(folder, 'plain.db');
  copyFileSync(vaultPaths(core.dir).database, copy);
  const key = (await unwrapDatabaseKey(presence.keyFile, STRONG))!;
  const db = openEncrypted(copy, key, { create: false });
  try {
    db.pragma('journal_mode = DELETE');
    db.rekey(Buffer.from(''));
  } finally {
    db.close();
  }
  const text = readFileSync(copy).toString('latin1') + readFileSync(copy).toString('utf8');
  rmSync(folder, { recursive: true, force: true });
  return text;
}
