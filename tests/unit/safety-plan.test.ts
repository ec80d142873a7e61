import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { createAppCore } from '../../electron/core/router/app-core';
import type { SafetyPlanSectionsInput } from '../../shared/safety-plan/safety-plan-schema';
import { dumpTables, openCore } from './support/open-core';
import { STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

const PLAN: SafetyPlanSectionsInput = {
  warningSigns: [{ text: 'Lying awake after 2 a.m.' }, { text: 'لا أريد أن أرى أحدا' }],
  onMyOwn: [{ text: 'Walk the dog round the park' }],
  askForHelp: [{ text: '姐姐 (my sister)', phone: '+61 400 123 456' }],
  professionals: [{ text: 'Lifeline', phone: '13 11 14' }],
  reasonsForLiving: [{ text: 'My niece' }],
};

async function clientWithDraft() {
  const core = await openCore();
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Mariam' });
  const plan = await core.call('safetyPlan:save', { clientId, sections: PLAN });
  return { core, clientId, plan };
}

function auditRows(core: Awaited<ReturnType<typeof openCore>>) {
  return dumpTables(core).audit_log as {
    action: string;
    entity: string;
    entity_id: string;
    detail: string;
  }[];
}

describe('safety plans', () => {
  it('keeps the client’s words in every section, in any script, as a draft that can still change', async () => {
    const { core, clientId, plan } = await clientWithDraft();
    expect(plan.versions).toHaveLength(1);
    const [draft] = plan.versions;
    expect(draft!.number).toBe(1);
    expect(draft!.agreement).toBeNull();
    expect(draft!.sections.warningSigns.map((l) => l.text)).toEqual([
      'Lying awake after 2 a.m.',
      'لا أريد أن أرى أحدا',
    ]);
    expect(draft!.sections.askForHelp).toEqual([{ text: '姐姐 (my sister)', phone: '+61 400 123 456' }]);
    expect(draft!.sections.peopleAndPlaces).toEqual([]);

    const edited = await core.call('safetyPlan:save', {
      clientId,
      versionId: draft!.id,
      sections: { ...PLAN, saferSurroundings: [{ text: 'Tablets stay at my sister’s' }] },
    });
    expect(edited.versions).toHaveLength(1);
    expect(edited.versions[0]!.id).toBe(draft!.id);
    expect(edited.versions[0]!.sections.saferSurroundings).toEqual([
      { text: 'Tablets stay at my sister’s', phone: '' },
    ]);
  });

  it('freezes a version once agreed with a typed name, in the database too, and starts the next from it', async () => {
    const { core, clientId, plan } = await clientWithDraft();
    const versionId = plan.versions[0]!.id;
    const agreed = await core.call('safetyPlan:agree', {
      versionId,
      agreedOn: '2026-03-02',
      method: 'typed',
      typedName: 'Mariam Haddad',
    });
    expect(agreed.versions[0]!.agreement).toMatchObject({
      method: 'typed',
      typedName: 'Mariam Haddad',
      agreedOn: '2026-03-02',
      signaturePath: '',
    });

    const edit = await core.router.call('safetyPlan:save', { clientId, versionId, sections: PLAN });
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const again = await core.router.call('safetyPlan:agree', {
      versionId,
      agreedOn: '2026-03-03',
      method: 'verbal',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const db = core.session.db();
    expect(() =>
      db.prepare("UPDATE safety_plan_versions SET sections = '{}' WHERE id = ?").run(versionId),
    ).toThrow(/agreed safety plan version cannot be changed/);
    expect(() => db.prepare('DELETE FROM safety_plan_versions WHERE id = ?').run(versionId)).toThrow(
      /agreed safety plan version cannot be changed/,
    );

    const revised = await core.call('safetyPlan:save', {
      clientId,
      sections: { ...agreed.versions[0]!.sections, onMyOwn: [{ text: 'Call my sister back' }] },
    });
    expect(revised.versions.map((v) => [v.number, v.agreement?.agreedOn ?? null])).toEqual([
      [2, null],
      [1, '2026-03-02'],
    ]);
    expect(revised.versions[0]!.sections.professionals).toEqual(agreed.versions[0]!.sections.professionals);
    expect(revised.versions[1]!.sections.onMyOwn).toEqual([
      { text: 'Walk the dog round the park', phone: '' },
    ]);

    // A second draft cannot be started beside the first.
    const second = await core.router.call('safetyPlan:save', { clientId, sections: PLAN });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // An older version is not the one being written.
    const old = await core.router.call('safetyPlan:save', { clientId, versionId, sections: PLAN });
    expect(old).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('audits saves and agreements by id and method, never with what the plan says', async () => {
    const { core, plan } = await clientWithDraft();
    const versionId = plan.versions[0]!.id;
    await core.call('safetyPlan:agree', { versionId, agreedOn: '2026-03-02', method: 'verbal' });
    const entries = auditRows(core).filter((r) => r.action.startsWith('safety-plan.'));
    expect(entries.map((r) => [r.action, r.entity, r.entity_id, r.detail])).toEqual([
      ['safety-plan.version-saved', 'safety_plan_version', versionId, null],
      ['safety-plan.agreed', 'safety_plan_version', versionId, 'verbal'],
    ]);
    const trail = JSON.stringify(auditRows(core));
    for (const words of ['Lying awake', 'Lifeline', '13 11 14', 'niece']) expect(trail).not.toContain(words);
  });

  it.each([
    ['an empty plan', {}, 'Write at least one line of the plan.'],
    ['a person without a number', { askForHelp: [{ text: 'Mum' }] }, 'Add their phone number.'],
    [
      'a crisis line with letters for a number',
      { professionals: [{ text: 'Line', phone: 'call' }] },
      'Add their phone number.',
    ],
    [
      'a number where none belongs',
      { warningSigns: [{ text: 'Tired', phone: '123' }] },
      'This part of the plan takes no phone number.',
    ],
    ['a blank line', { onMyOwn: [{ text: '   ' }] }, 'Write something here, or remove the line.'],
    [
      'a line too long for one page',
      { onMyOwn: [{ text: 'x'.repeat(301) }] },
      'Keep each line under 300 characters.',
    ],
    [
      'too many lines',
      { onMyOwn: Array.from({ length: 11 }, () => ({ text: 'Walk' })) },
      'Keep each part to 10 lines.',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_label, sections, message) => {
    const { core, clientId } = await clientWithDraft();
    const before = dumpTables(core);
    const result = await core.router.call('safetyPlan:save', { clientId, sections });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(JSON.stringify(result.error)).toContain(message);
    }
    expect(dumpTables(core)).toEqual(before);
  });

  it('refuses an agreement without the typed name, and a plan for a client not in the vault', async () => {
    const { core, plan } = await clientWithDraft();
    const before = dumpTables(core);
    const typed = await core.router.call('safetyPlan:agree', {
      versionId: plan.versions[0]!.id,
      agreedOn: '2026-03-02',
      method: 'typed',
      typedName: ' ',
    });
    expect(typed.ok).toBe(false);
    if (!typed.ok)
      expect(JSON.stringify(typed.error)).toContain('Type the client’s name to record agreement.');
    const stranger = await core.router.call('safetyPlan:save', {
      clientId: '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11',
      sections: PLAN,
    });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dumpTables(core)).toEqual(before);
  });

  it('goes through export-json and import-json whole, agreed versions still frozen', async () => {
    const { core, clientId, plan } = await clientWithDraft();
    await core.call('safetyPlan:agree', {
      versionId: plan.versions[0]!.id,
      agreedOn: '2026-03-02',
      method: 'drawn',
      signaturePath: 'M 10 10 L 20 25 L 35 12',
    });
    await core.call('safetyPlan:save', { clientId, sections: { reasonsForLiving: [{ text: 'Spring' }] } });
    const original = await core.call('safetyPlan:get', { clientId });
    const exported = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: false });
    expect(exported.tables).toMatchObject({ safety_plan_versions: 2 });
    core.session.lock('quit');

    const dir = join(tempDir(), 'imported');
    const file = join(exported.folder, 'rapport-export.json');
    expect(readFileSync(file, 'utf8')).toContain('safety_plan_versions');
    await importVault(dir, STRONG_2, file, { kdf: TEST_KDF });
    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await imported.session.unlock(STRONG_2);
    const read = await imported.router.call('safetyPlan:get', { clientId });
    expect(read).toEqual({ ok: true, value: original });
    const check = await imported.router.call('integrity:check', {});
    expect(check).toMatchObject({ ok: true, value: { ok: true, findings: [] } });
    expect(() =>
      imported.session
        .db()
        .prepare('DELETE FROM safety_plan_versions WHERE id = ?')
        .run(original.versions[1]!.id),
    ).toThrow(/agreed safety plan version cannot be changed/);
    imported.session.lock('quit');
  });
});
