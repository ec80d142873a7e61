import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { createAppCore } from '../../electron/core/router/app-core';
import { emptyIntake } from '../../shared/clients/intake-schema';
import { fillPlaceholders, placeholderProblem } from '../../shared/consent/consent-placeholders';
import { consentStatus } from '../../shared/consent/consent-status';
import { STARTER_TEXTS } from '../../shared/consent/consent-starter-texts';
import { localDay } from '../../shared/dates/format-date';
import { addDays } from '../../shared/dates/practice-time';
import { dumpTables, openCore } from './support/open-core';
import { STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

const SIGNATURE = 'M 10 10 L 20 25 L 35 12 M 40 10 L 60 30';

async function practiceWithClient() {
  const core = await openCore();
  await core.call('practice:update', {
    clinicianName: 'Dr Ada Núñez',
    credentials: 'PhD',
    practiceName: 'Harbour Therapy',
  });
  await core.call('fees:save', {
    services: [{ name: 'Individual 50', code: '90834', durationMinutes: 50, priceMinor: 14000 }],
  });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Mariam' });
  const intake = emptyIntake('Mariam');
  intake.identity.legalName = 'Mariam Haddad';
  intake.identity.dateOfBirth = '1990-04-02';
  const record = await core.call('intake:save', { clientId, baseRevision: 0, data: intake });
  return { core, clientId, record };
}

function auditActions(core: Awaited<ReturnType<typeof openCore>>) {
  return (dumpTables(core).audit_log as { action: string; entity_id: string; detail: string }[]).filter(
    (r) => r.action.startsWith('consent.') || r.action === 'client.intake-without-consent',
  );
}

describe('template placeholders', () => {
  it('fills every known field and leaves a line for one not given', () => {
    const text = fillPlaceholders(
      'I, {{client.name}}, pay {{ fee.client }} from {{today}} to {{practice.name}}.',
      {
        'client.name': 'Mariam',
        today: '2 March 2026',
        'practice.name': 'Harbour Therapy',
      },
    );
    expect(text).toBe('I, Mariam, pay ______________________ from 2 March 2026 to Harbour Therapy.');
  });

  it('refuses unknown fields by name and unclosed braces, and accepts every starter text', () => {
    expect(placeholderProblem('Dear {{client.nmae}} and {{clinic}}')).toMatch(
      /does not know \{\{client\.nmae\}\}, \{\{clinic\}\}/,
    );
    expect(placeholderProblem('Dear {{client.name}, welcome')).toMatch(/not closed/);
    expect(placeholderProblem('Plain text with no fields.')).toBeNull();
    for (const starter of Object.values(STARTER_TEXTS)) {
      expect(placeholderProblem(starter.body)).toBeNull();
      expect(starter.body).toMatch(/^\[Example text: adapt it to your jurisdiction/);
    }
  });
});

describe('what is signed, missing and ending', () => {
  const latest = new Map([
    ['informed-consent', 2],
    ['telehealth', 1],
    ['release-of-information', 1],
  ] as const);
  const base = { templateNumber: 1, recipient: '', expiresOn: null };

  it('lists each written template as signed or missing, and each release by its end date', () => {
    const status = consentStatus(
      latest,
      [
        { ...base, id: 'a', kind: 'informed-consent', signedOn: '2026-01-05' },
        {
          ...base,
          id: 'r1',
          kind: 'release-of-information',
          signedOn: '2026-01-05',
          recipient: 'GP',
          expiresOn: '2026-03-01',
        },
        {
          ...base,
          id: 'r2',
          kind: 'release-of-information',
          signedOn: '2026-02-01',
          recipient: 'School',
          expiresOn: '2026-04-10',
        },
        {
          ...base,
          id: 'r3',
          kind: 'release-of-information',
          signedOn: '2026-02-02',
          recipient: 'Court',
          expiresOn: '2026-09-01',
        },
      ],
      '2026-03-15',
    );
    expect(status.map((s) => [s.kind, s.state, s.documentId, s.outdated])).toEqual([
      ['informed-consent', 'signed', 'a', true],
      ['telehealth', 'missing', null, false],
      ['release-of-information', 'signed', 'r3', false],
      ['release-of-information', 'expiring', 'r2', false],
      ['release-of-information', 'expired', 'r1', false],
    ]);
  });

  it('asks for nothing whose template has not been written', () => {
    expect(consentStatus(new Map(), [], '2026-03-15')).toEqual([]);
  });
});

describe('consent documents', () => {
  it('versions templates on edit, refuses unknown placeholders, and never changes a version', async () => {
    const { core } = await practiceWithClient();
    const starter = STARTER_TEXTS['informed-consent'];
    const first = await core.call('consent:saveTemplate', { kind: 'informed-consent', ...starter });
    expect(first).toMatchObject([{ kind: 'informed-consent', number: 1, title: starter.title }]);
    const same = await core.call('consent:saveTemplate', { kind: 'informed-consent', ...starter });
    expect(same[0]!.id).toBe(first[0]!.id);
    const second = await core.call('consent:saveTemplate', {
      kind: 'informed-consent',
      title: starter.title,
      body: `${starter.body}\n\nAn added paragraph.`,
    });
    expect(second[0]!.number).toBe(2);

    const refused = await core.router.call('consent:saveTemplate', {
      kind: 'telehealth',
      title: 'Video',
      body: 'I, {{client.fullname}}, agree.',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [expect.objectContaining({ message: expect.stringMatching(/client\.fullname/) })],
      },
    });
    const db = core.session.db();
    expect(() =>
      db.prepare("UPDATE consent_template_versions SET body = 'x' WHERE id = ?").run(first[0]!.id),
    ).toThrow(/template version cannot be changed/);
    expect(() => db.prepare('DELETE FROM consent_template_versions WHERE id = ?').run(first[0]!.id)).toThrow(
      /template version cannot be changed/,
    );
  });

  it('fills the text from the record, freezes it with its version at signing, and keeps it after the template changes', async () => {
    const { core, clientId } = await practiceWithClient();
    const [template] = await core.call('consent:saveTemplate', {
      kind: 'policies-fees',
      title: 'Fees',
      body: 'I, {{client.name}} ({{client.legalName}}), pay {{fee.client}} to {{practice.name}}; {{clinician.name}}; {{today}}.',
    });
    const prepared = await core.call('consent:prepare', { clientId, kind: 'policies-fees' });
    expect(prepared.text).toMatch(
      /^I, Mariam \(Mariam Haddad\), pay .*140\.00 to Harbour Therapy; Dr Ada Núñez, PhD; /,
    );

    const signed = await core.call('consent:sign', {
      clientId,
      templateId: template!.id,
      kind: 'policies-fees',
      signedOn: '2026-03-02',
      method: 'drawn',
      signerName: 'Mariam Haddad',
      signaturePath: SIGNATURE,
    });
    const [document] = signed.documents;
    expect(document).toMatchObject({
      kind: 'policies-fees',
      templateId: template!.id,
      templateNumber: 1,
      signedOn: '2026-03-02',
      method: 'drawn',
      signerName: 'Mariam Haddad',
      signaturePath: SIGNATURE,
      scanType: null,
    });
    expect(document!.text).toContain('Mariam (Mariam Haddad)');
    expect(signed.status).toEqual([
      expect.objectContaining({ kind: 'policies-fees', state: 'signed', outdated: false }),
    ]);

    await core.call('consent:saveTemplate', {
      kind: 'policies-fees',
      title: 'Fees',
      body: 'Changed {{client.name}}.',
    });
    const later = await core.call('consent:forClient', { clientId });
    expect(later.documents[0]!.text).toBe(document!.text);
    expect(later.status[0]).toMatchObject({ state: 'signed', outdated: true });

    const db = core.session.db();
    expect(() =>
      db.prepare("UPDATE consent_documents SET text = 'x' WHERE id = ?").run(document!.id),
    ).toThrow(/signed document cannot be changed/);
    expect(() => db.prepare('DELETE FROM consent_documents WHERE id = ?').run(document!.id)).toThrow(
      /signed document cannot be changed/,
    );
    const audit = auditActions(core);
    expect(audit.map((r) => [r.action, r.detail])).toEqual([
      ['consent.template-saved', 'policies-fees'],
      ['consent.signed', 'kind=policies-fees; version=1; method=drawn'],
      ['consent.template-saved', 'policies-fees'],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Mariam|Harbour/);
  });

  it('records a typed name and a paper signature with its scan, and a release with its recipient and end', async () => {
    const { core, clientId } = await practiceWithClient();
    const templates = await core.call('consent:saveTemplate', {
      kind: 'release-of-information',
      ...STARTER_TEXTS['release-of-information'],
    });
    const release = templates[0]!;
    const missingFields = await core.router.call('consent:prepare', {
      clientId,
      kind: 'release-of-information',
    });
    expect(missingFields).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const ends = addDays(localDay(new Date()), 10);
    const prepared = await core.call('consent:prepare', {
      clientId,
      kind: 'release-of-information',
      recipient: 'Dr Osei, GP',
      expiresOn: ends,
    });
    expect(prepared.text).toContain('Dr Osei, GP');
    const typed = await core.call('consent:sign', {
      clientId,
      templateId: release.id,
      kind: 'release-of-information',
      recipient: 'Dr Osei, GP',
      expiresOn: ends,
      signedOn: localDay(new Date()),
      method: 'typed',
      signerName: 'Mariam Haddad',
    });
    expect(typed.status).toEqual([
      expect.objectContaining({
        kind: 'release-of-information',
        state: 'expiring',
        recipient: 'Dr Osei, GP',
        expiresOn: ends,
      }),
    ]);

    const png = Buffer.from('scan of the signed paper').toString('base64');
    const paper = await core.call('consent:sign', {
      clientId,
      templateId: release.id,
      kind: 'release-of-information',
      recipient: 'Riverside School',
      expiresOn: '2027-06-30',
      signedOn: '2026-03-02',
      method: 'paper',
      signerName: 'Mariam Haddad',
      scan: { type: 'image/png', base64: png },
    });
    const onPaper = paper.documents.find((d) => d.method === 'paper')!;
    expect(onPaper.scanType).toBe('image/png');
    expect(await core.call('consent:scan', { documentId: onPaper.id })).toEqual({
      type: 'image/png',
      base64: png,
    });
    const noScan = await core.router.call('consent:scan', { documentId: typed.documents[0]!.id });
    expect(noScan).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses to complete an intake without a signed informed consent unless the clinician says why', async () => {
    const { core, clientId, record } = await practiceWithClient();
    const [consent] = await core.call('consent:saveTemplate', {
      kind: 'informed-consent',
      ...STARTER_TEXTS['informed-consent'],
    });
    const before = dumpTables(core);
    const refused = await core.router.call('intake:save', {
      clientId,
      baseRevision: record.revision,
      markComplete: true,
      data: record.intake,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringMatching(/has not signed the informed consent/),
        issues: [expect.objectContaining({ path: 'withoutConsentReason' })],
      },
    });
    expect(dumpTables(core)).toEqual(before);

    const waived = await core.call('intake:save', {
      clientId,
      baseRevision: record.revision,
      markComplete: true,
      withoutConsentReason: 'Signed on paper at the first session; scan to follow',
      data: record.intake,
    });
    expect(waived.intakeCompletedAt).not.toBeNull();
    const view = await core.call('consent:forClient', { clientId });
    expect(view.waiver).toMatchObject({ reason: 'Signed on paper at the first session; scan to follow' });
    expect(view.status).toEqual([expect.objectContaining({ kind: 'informed-consent', state: 'missing' })]);

    const { id: other } = await core.call('clients:createEnquiry', { chosenName: 'Tomás' });
    await core.call('consent:sign', {
      clientId: other,
      templateId: consent!.id,
      kind: 'informed-consent',
      signedOn: '2026-03-02',
      method: 'typed',
      signerName: 'Tomás',
    });
    const completed = await core.call('intake:save', {
      clientId: other,
      baseRevision: 0,
      markComplete: true,
      data: emptyIntake('Tomás'),
    });
    expect(completed.intakeCompletedAt).not.toBeNull();
    expect(JSON.stringify(auditActions(core))).not.toMatch(/scan to follow/);
  });

  it('goes through export-json and import-json whole, signed documents still frozen', async () => {
    const { core, clientId } = await practiceWithClient();
    const [template] = await core.call('consent:saveTemplate', {
      kind: 'informed-consent',
      ...STARTER_TEXTS['informed-consent'],
    });
    await core.call('consent:sign', {
      clientId,
      templateId: template!.id,
      kind: 'informed-consent',
      signedOn: '2026-03-02',
      method: 'paper',
      signerName: 'Mariam Haddad',
      scan: { type: 'application/pdf', base64: Buffer.from('%PDF-1.4 scan').toString('base64') },
    });
    const { id: other } = await core.call('clients:createEnquiry', { chosenName: 'Tomás' });
    await core.call('intake:save', {
      clientId: other,
      baseRevision: 0,
      markComplete: true,
      withoutConsentReason: 'Consent given on paper before Rapport',
      data: emptyIntake('Tomás'),
    });
    const original = await core.call('consent:forClient', { clientId });
    const exported = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: false });
    expect(exported.tables).toMatchObject({
      consent_template_versions: 1,
      consent_documents: 1,
      consent_waivers: 1,
    });
    core.session.lock('quit');

    const dir = join(tempDir(), 'imported');
    const file = join(exported.folder, 'rapport-export.json');
    expect(readFileSync(file, 'utf8')).toContain('consent_documents');
    await importVault(dir, STRONG_2, file, { kdf: TEST_KDF });
    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await imported.session.unlock(STRONG_2);
    expect(await imported.router.call('consent:forClient', { clientId })).toEqual({
      ok: true,
      value: original,
    });
    expect(await imported.router.call('consent:forClient', { clientId: other })).toMatchObject({
      ok: true,
      value: { waiver: { reason: 'Consent given on paper before Rapport' } },
    });
    expect(await imported.router.call('integrity:check', {})).toMatchObject({
      ok: true,
      value: { ok: true, findings: [] },
    });
    expect(() =>
      imported.session
        .db()
        .prepare('DELETE FROM consent_documents WHERE id = ?')
        .run(original.documents[0]!.id),
    ).toThrow(/signed document cannot be changed/);
    imported.session.lock('quit');
  });
});
