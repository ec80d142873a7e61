import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../electron/core/db/connection';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { migrate } from '../../electron/core/db/migrate';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { createAppCore } from '../../electron/core/router/app-core';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { createVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import type { DiagnosisFields } from '../../shared/diagnoses/diagnosis-contract';
import { dumpTables, openCore } from './support/open-core';
import { rebuildAsOlderVersion } from './support/older-vault';
import { STRONG, STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

const GAD: DiagnosisFields = {
  system: 'icd10cm',
  code: 'F41.1',
  title: 'Generalized anxiety disorder',
  rank: 'primary',
  status: 'provisional',
  madeOn: '2026-03-02',
  resolvedOn: null,
  madeBy: 'Dr Amara Osei',
  note: 'Worry most days for over a year; to confirm after the GAD-7 review.',
};
const ADJUSTMENT: DiagnosisFields = {
  ...GAD,
  code: 'F43.21',
  title: 'Adjustment disorder with depressed mood',
  rank: 'secondary',
  note: '',
};

async function withClient() {
  const core = await openCore();
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Nadia' });
  return { core, clientId };
}

describe('diagnoses', () => {
  it('keeps each diagnosis with its history: provisional → confirmed, one resolved, who and when', async () => {
    const { core, clientId } = await withClient();
    const [added] = await core.call('diagnoses:add', { clientId, diagnosis: GAD });
    expect(added).toMatchObject({ code: 'F41.1', status: 'provisional', rank: 'primary' });
    expect(added!.history).toHaveLength(1);
    expect(added!.history[0]).toMatchObject({ kind: 'added', actor: 'clinician' });
    expect(added!.history[0]!.changes).toContainEqual({ path: 'code', before: null, after: 'F41.1' });

    await core.call('diagnoses:add', { clientId, diagnosis: ADJUSTMENT });
    const confirmed = await core.call('diagnoses:update', {
      id: added!.id,
      diagnosis: { ...GAD, status: 'confirmed' },
    });
    const gad = confirmed.find((d) => d.id === added!.id)!;
    expect(gad.status).toBe('confirmed');
    expect(gad.history.map((h) => h.kind)).toEqual(['changed', 'added']);
    expect(gad.history[0]!.changes).toEqual([{ path: 'status', before: 'provisional', after: 'confirmed' }]);

    const adjustment = confirmed.find((d) => d.code === 'F43.21')!;
    const after = await core.call('diagnoses:update', {
      id: adjustment.id,
      diagnosis: { ...ADJUSTMENT, status: 'resolved', resolvedOn: '2026-06-01' },
    });
    // Current first (the primary ahead), then what was ruled out or resolved.
    expect(after.map((d) => [d.code, d.status])).toEqual([
      ['F41.1', 'confirmed'],
      ['F43.21', 'resolved'],
    ]);
    expect(after[1]!.history[0]!.changes).toEqual([
      { path: 'status', before: 'provisional', after: 'resolved' },
      { path: 'resolvedOn', before: null, after: '2026-06-01' },
    ]);

    // Saving what is already there records nothing.
    await core.call('diagnoses:update', { id: added!.id, diagnosis: { ...GAD, status: 'confirmed' } });
    const again = await core.call('diagnoses:list', { clientId });
    expect(again[0]!.history).toHaveLength(2);
  });

  it('has one primary at a time: naming another makes the old one secondary, in its history too', async () => {
    const { core, clientId } = await withClient();
    const [first] = await core.call('diagnoses:add', { clientId, diagnosis: GAD });
    const list = await core.call('diagnoses:add', {
      clientId,
      diagnosis: { ...ADJUSTMENT, rank: 'primary' },
    });
    expect(list.map((d) => [d.code, d.rank])).toEqual([
      ['F43.21', 'primary'],
      ['F41.1', 'secondary'],
    ]);
    const old = list.find((d) => d.id === first!.id)!;
    expect(old.history[0]!.changes).toEqual([{ path: 'rank', before: 'primary', after: 'secondary' }]);
  });

  it('takes a code typed by hand where the practice is outside the US, checked for shape', async () => {
    const { core, clientId } = await withClient();
    const list = await core.call('diagnoses:add', {
      clientId,
      diagnosis: { ...GAD, system: 'icd11', code: '6b00 ', title: 'Generalised anxiety disorder' },
    });
    expect(list[0]).toMatchObject({ system: 'icd11', code: '6B00', title: 'Generalised anxiety disorder' });
    const who = await core.call('diagnoses:add', {
      clientId,
      diagnosis: { ...ADJUSTMENT, system: 'icd10', code: 'f432', title: 'Anpassungsstörungen' },
    });
    expect(who.find((d) => d.system === 'icd10')?.code).toBe('F43.2');
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const { core, clientId } = await withClient();
    await core.call('diagnoses:add', { clientId, diagnosis: GAD });
    const before = dumpTables(core);
    const refused = async (channel: 'diagnoses:add', diagnosis: DiagnosisFields) => {
      const result = await core.router.call(channel, { clientId, diagnosis });
      expect(result.ok).toBe(false);
      return result.ok ? null : result.error;
    };
    const cases: [DiagnosisFields, string, RegExp][] = [
      [{ ...GAD, code: 'F41.7' }, 'diagnosis.code', /not a billable ICD-10-CM code/],
      [{ ...GAD, code: 'F43.1', title: '' }, 'diagnosis.code', /not a billable ICD-10-CM code/],
      [
        { ...GAD, title: 'Anxiety' },
        'diagnosis.title',
        /official title of F41\.1 is “Generalized anxiety disorder”/,
      ],
      [{ ...GAD, system: 'icd11', code: 'F41.1' }, 'diagnosis.code', /ICD-11 code is four characters/],
      [
        { ...GAD, system: 'icd10', code: '300.02' },
        'diagnosis.code',
        /ICD-10 code is a letter and two digits/,
      ],
      [{ ...GAD, system: 'icd10', title: ' ' }, 'diagnosis.title', /Give the title/],
      [{ ...GAD, status: 'resolved' }, 'diagnosis.resolvedOn', /day it was resolved/],
      [{ ...GAD, resolvedOn: '2026-04-01' }, 'diagnosis.resolvedOn', /still held has no resolved date/],
      [{ ...GAD, status: 'resolved', resolvedOn: '2026-01-01' }, 'diagnosis.resolvedOn', /cannot end before/],
      [{ ...GAD, madeOn: '2026-02-30' }, 'diagnosis.madeOn', /does not exist/],
    ];
    for (const [diagnosis, path, message] of cases) {
      const error = await refused('diagnoses:add', diagnosis);
      expect(error?.code).toBe('VALIDATION');
      expect(error?.issues).toContainEqual({ path, message: expect.stringMatching(message) });
    }
    const unknown = await core.router.call('diagnoses:add', {
      clientId: '00000000-0000-4000-8000-000000000000',
      diagnosis: GAD,
    });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
    expect(dumpTables(core)).toEqual(before);
  });

  it('audits each change by the diagnosis’s id, with no clinical text', async () => {
    const { core, clientId } = await withClient();
    const [added] = await core.call('diagnoses:add', { clientId, diagnosis: GAD });
    await core.call('diagnoses:update', { id: added!.id, diagnosis: { ...GAD, status: 'confirmed' } });
    const { entries } = await core.call('audit:list', { entity: 'diagnosis' });
    expect(entries.map((e) => [e.action, e.entityId, e.detail])).toEqual([
      ['client.diagnosis-changed', added!.id, null],
      ['client.diagnosis-added', added!.id, null],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/F41|anxiety|Osei|GAD-7/i);
  });

  it('go out in the open export and come back in an imported vault, history and all', async () => {
    const { core, clientId } = await withClient();
    const [added] = await core.call('diagnoses:add', { clientId, diagnosis: GAD });
    await core.call('diagnoses:update', { id: added!.id, diagnosis: { ...GAD, status: 'confirmed' } });
    const list = await core.call('diagnoses:list', { clientId });
    const exported = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: false });
    expect(exported.tables).toMatchObject({ diagnoses: 1, diagnosis_changes: 2 });
    core.session.lock('quit');

    const dir = join(tempDir(), 'imported');
    await importVault(dir, STRONG_2, join(exported.folder, 'rapport-export.json'), { kdf: TEST_KDF });
    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await imported.session.unlock(STRONG_2);
    const result = await imported.router.call('diagnoses:list', { clientId });
    expect(result.ok ? result.value : result.error).toEqual(list);
    imported.session.lock('quit');
  });

  it('carries the codes typed on the billing tab over into the record, the first as primary', async () => {
    const dir = join(tempDir(), 'vault');
    const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
    db.close();
    const key = await unwrapDatabaseKey(parseKeyFile(readFileSync(vaultPaths(dir).keyFile, 'utf8')), STRONG);
    const raw = openEncrypted(vaultPaths(dir).database, key!, { create: false });
    rebuildAsOlderVersion(raw, MIGRATIONS.slice(0, 12));
    const clientId = '0b6f1c52-8a8e-4d3c-9a53-2f1d6b1f4e11';
    raw
      .prepare(
        `INSERT INTO clients (id, chosen_name, legal_name, search_key, status, created_at, updated_at)
         VALUES (?, 'Ola', '', 'ola', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      )
      .run(clientId);
    const insert = raw.prepare(
      'INSERT INTO client_diagnoses (client_id, position, code, description) VALUES (?, ?, ?, ?)',
    );
    insert.run(clientId, 0, 'F43.2', 'Adjustment disorder');
    insert.run(clientId, 1, 'Z63.0', 'Problems in relationship with spouse or partner');
    migrate(raw);
    raw.close();

    const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await core.session.unlock(STRONG);
    const result = await core.router.call('diagnoses:list', { clientId });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.map((d) => [d.system, d.code, d.title, d.rank, d.status])).toEqual([
      ['icd10', 'F43.2', 'Adjustment disorder', 'primary', 'confirmed'],
      ['icd10', 'Z63.0', 'Problems in relationship with spouse or partner', 'secondary', 'confirmed'],
    ]);
    expect(result.value[0]!.history.map((h) => h.kind)).toEqual(['carried-over']);
    expect(result.value.every((d) => /^[0-9a-f-]{36}$/.test(d.id))).toBe(true);
    core.session.lock('quit');
  });
});
