import { describe, expect, it } from 'vitest';
import { clockedCore } from './support/clocked-core';
import { dumpTables } from './support/open-core';
import { STRONG } from './support/temp-vault';

const PHQ9 = [1, 2, 1, 0, 1, 2, 1, 0, 1];
const GAD7 = [1, 1, 2, 0, 1, 1, 0];
const SIGNATURE = 'M 10 10 L 20 25 L 35 12 M 40 10 L 60 30';

/** A client with a draft note and an informed-consent template, on 2 March 2026. */
async function handoverVault() {
  const core = await clockedCore(Date.parse('2026-03-02T10:00:00Z'));
  await core.call('practice:update', { clinicianName: 'Dr Ana Ríos', practiceName: 'Harbour Therapy' });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Amara Okafor-Lind' });
  const { id: otherId } = await core.call('clients:createEnquiry', { chosenName: 'Someone Else' });
  const note = await core.call('notes:create', { clientId, sessionDate: '2026-03-02', format: 'DAP' });
  await core.call('consent:saveTemplate', {
    kind: 'informed-consent',
    title: 'Consent to therapy',
    body: 'I, {{client.name}}, agree to therapy with {{practice.name}} from {{today}}.',
  });
  await core.call('consent:saveTemplate', {
    kind: 'telehealth',
    title: 'Video sessions',
    body: 'I, {{client.name}}, agree to sessions by video.',
  });
  return { core, clientId, otherId, note };
}

function refusal(result: unknown, code: string, message: RegExp) {
  expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
}

describe('the steps the clinician grants when handing the laptop over', () => {
  it('are held on the main side: the client, the measures, the documents, in that order', async () => {
    const { core, clientId, note } = await handoverVault();
    const state = await core.call('clientMode:start', {
      clientId,
      noteId: note.id,
      measures: ['phq9', 'gad7'],
      documents: [{ kind: 'informed-consent' }],
    });
    if (!state.active) throw new Error('client mode did not start');
    expect(state.steps).toEqual([
      { kind: 'measure', instrumentId: 'phq9', done: false },
      { kind: 'measure', instrumentId: 'gad7', done: false },
      { kind: 'feedback', done: false },
      {
        kind: 'document',
        stepId: expect.any(String),
        title: 'Consent to therapy',
        text: expect.stringMatching(/^I, Amara Okafor-Lind, agree to therapy with Harbour Therapy from /),
        done: false,
      },
    ]);
    // Only ids and counts in the audit trail.
    const audit = dumpTables(core).audit_log as { action: string; entity_id: string; detail: string }[];
    const started = audit.find((r) => r.action === 'client-mode.started')!;
    expect(started).toMatchObject({
      entity_id: clientId,
      detail: `note=${note.id}; measures=2; documents=1`,
    });
  });

  it('refuse a start with nothing to do, a note of another client, or a document with no template', async () => {
    const { core, clientId, otherId, note } = await handoverVault();
    const before = dumpTables(core);
    refusal(await core.router.invoke('clientMode:start', { clientId }), 'VALIDATION', /not valid/);
    refusal(
      await core.router.invoke('clientMode:start', { clientId: otherId, noteId: note.id }),
      'NOT_FOUND',
      /not one of this client’s notes/,
    );
    refusal(
      await core.router.invoke('clientMode:start', {
        clientId,
        measures: ['phq9'],
        documents: [{ kind: 'privacy-notice' }],
      }),
      'NOT_FOUND',
      /Settings → Documents/,
    );
    refusal(
      await core.router.invoke('clientMode:start', { clientId, measures: ['phq9', 'phq9'] }),
      'VALIDATION',
      /not valid/,
    );
    expect((await core.call('clientMode:status', {})).active).toBe(false);
    expect(dumpTables(core)).toEqual(before);
  });
});

describe('a measure answered in client mode', () => {
  it('is stored as the client’s, completed by the client today, linked to the session, and only once', async () => {
    const { core, clientId, note } = await handoverVault();
    await core.call('clientMode:start', { clientId, noteId: note.id, measures: ['phq9'] });
    const after = await core.call('clientMode:submitMeasure', { instrumentId: 'phq9', answers: PHQ9 });
    expect(after).toMatchObject({ steps: [{ kind: 'measure', instrumentId: 'phq9', done: true }, {}] });

    const before = dumpTables(core);
    refusal(
      await core.router.invoke('clientMode:submitMeasure', { instrumentId: 'phq9', answers: PHQ9 }),
      'CONFLICT',
      /already been answered/,
    );
    expect(dumpTables(core)).toEqual(before);

    await core.call('clientMode:leave', { secret: STRONG });
    const { entries } = await core.call('measures:forClient', { clientId });
    expect(entries).toEqual([
      expect.objectContaining({
        clientId,
        instrumentId: 'phq9',
        answers: PHQ9,
        total: 9,
        band: 'mild',
        riskRaised: true,
        riskOpen: true,
        completedOn: '2026-03-02',
        completedBy: 'client',
        noteId: note.id,
      }),
    ]);
    // The risk item raises the flag on Home as for any other entry.
    expect(await core.call('measures:riskFlags', {})).toEqual([
      expect.objectContaining({ clientId, instrumentId: 'phq9', answer: 1 }),
    ]);
  });

  it('is refused when it was not granted, when its answers do not fit, and outside client mode, changing nothing', async () => {
    const { core, clientId } = await handoverVault();
    refusal(
      await core.router.invoke('clientMode:submitMeasure', { instrumentId: 'phq9', answers: PHQ9 }),
      'CONFLICT',
      /not on/,
    );
    await core.call('clientMode:start', { clientId, measures: ['phq9'] });
    const before = dumpTables(core);
    refusal(
      await core.router.invoke('clientMode:submitMeasure', { instrumentId: 'gad7', answers: GAD7 }),
      'CONFLICT',
      /not among those your therapist chose/,
    );
    refusal(
      await core.router.invoke('clientMode:submitMeasure', { instrumentId: 'phq9', answers: [1, 2, 3] }),
      'VALIDATION',
      /.+/,
    );
    refusal(
      await core.router.invoke('clientMode:submitFeedback', { answers: {}, message: '' }),
      'CONFLICT',
      /not asked for/,
    );
    expect(dumpTables(core)).toEqual(before);
    // After a refused attempt the granted measure can still be answered.
    const after = await core.call('clientMode:submitMeasure', { instrumentId: 'phq9', answers: PHQ9 });
    expect(after).toMatchObject({ steps: [{ done: true }] });
  });

  it('cannot be answered again in a later hand-over that did not grant it', async () => {
    const { core, clientId } = await handoverVault();
    await core.call('clientMode:start', { clientId, measures: ['phq9'] });
    await core.call('clientMode:leave', { secret: STRONG });
    await core.call('clientMode:start', { clientId, measures: ['gad7'] });
    refusal(
      await core.router.invoke('clientMode:submitMeasure', { instrumentId: 'phq9', answers: PHQ9 }),
      'CONFLICT',
      /not among those/,
    );
    await core.call('clientMode:submitMeasure', { instrumentId: 'gad7', answers: GAD7 });
    await core.call('clientMode:leave', { secret: STRONG });
    const { entries } = await core.call('measures:forClient', { clientId });
    expect(entries.map((e) => [e.instrumentId, e.completedBy])).toEqual([['gad7', 'client']]);
  });
});

describe('a document signed in client mode', () => {
  it('is frozen by the consent feature’s own signing, drawn or typed, each once', async () => {
    const { core, clientId } = await handoverVault();
    const state = await core.call('clientMode:start', {
      clientId,
      documents: [{ kind: 'informed-consent' }, { kind: 'telehealth' }],
    });
    if (!state.active) throw new Error('client mode did not start');
    const [consentStep, telehealthStep] = state.steps.map((s) => (s.kind === 'document' ? s.stepId : ''));

    await core.call('clientMode:signDocument', {
      stepId: consentStep!,
      method: 'drawn',
      signerName: 'Amara Okafor-Lind',
      signaturePath: SIGNATURE,
    });
    const before = dumpTables(core);
    refusal(
      await core.router.invoke('clientMode:signDocument', {
        stepId: consentStep!,
        method: 'typed',
        signerName: 'Amara Okafor-Lind',
      }),
      'CONFLICT',
      /already been signed/,
    );
    refusal(
      await core.router.invoke('clientMode:signDocument', {
        stepId: '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11',
        method: 'typed',
        signerName: 'Amara Okafor-Lind',
      }),
      'CONFLICT',
      /not among those your therapist chose/,
    );
    refusal(
      await core.router.invoke('clientMode:signDocument', {
        stepId: telehealthStep!,
        method: 'drawn',
        signerName: 'Amara Okafor-Lind',
      }),
      'VALIDATION',
      /not valid/,
    );
    expect(dumpTables(core)).toEqual(before);
    const last = await core.call('clientMode:signDocument', {
      stepId: telehealthStep!,
      method: 'typed',
      signerName: 'Amara O. Lind',
    });
    expect(last.active && last.steps.every((s) => s.done)).toBe(true);

    await core.call('clientMode:leave', { secret: STRONG });
    const { documents, status } = await core.call('consent:forClient', { clientId });
    // Both were signed in the same second; which is listed first is not the point.
    expect([...documents].sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      expect.objectContaining({
        kind: 'informed-consent',
        templateNumber: 1,
        title: 'Consent to therapy',
        text: 'I, Amara Okafor-Lind, agree to therapy with Harbour Therapy from 2 March 2026.',
        signedOn: '2026-03-02',
        method: 'drawn',
        signerName: 'Amara Okafor-Lind',
        signaturePath: SIGNATURE,
      }),
      expect.objectContaining({
        kind: 'telehealth',
        method: 'typed',
        signerName: 'Amara O. Lind',
        signaturePath: '',
        scanType: null,
      }),
    ]);
    expect(status.find((s) => s.kind === 'informed-consent')).toMatchObject({ state: 'signed' });
    const audit = dumpTables(core).audit_log as { action: string; detail: string }[];
    expect(audit.filter((r) => r.action === 'consent.signed').map((r) => r.detail)).toEqual([
      'kind=informed-consent; version=1; method=drawn',
      'kind=telehealth; version=1; method=typed',
    ]);
  });

  it('carries a release’s recipient and end into the text the client reads and the document kept, one per recipient', async () => {
    const { core, clientId } = await handoverVault();
    await core.call('consent:saveTemplate', {
      kind: 'release-of-information',
      title: 'Release of information',
      body: 'I, {{client.name}}, allow {{practice.name}} to share my records with {{release.recipient}} until {{release.expiresOn}}.',
    });
    const before = dumpTables(core);
    refusal(
      await core.router.invoke('clientMode:start', {
        clientId,
        documents: [{ kind: 'release-of-information', recipient: '  ', expiresOn: '2026-09-30' }],
      }),
      'VALIDATION',
      /not valid/,
    );
    refusal(
      await core.router.invoke('clientMode:start', {
        clientId,
        documents: [{ kind: 'release-of-information', recipient: 'Dr Osei' }],
      }),
      'VALIDATION',
      /not valid/,
    );
    expect((await core.call('clientMode:status', {})).active).toBe(false);
    expect(dumpTables(core)).toEqual(before);

    const state = await core.call('clientMode:start', {
      clientId,
      documents: [
        { kind: 'informed-consent' },
        {
          kind: 'release-of-information',
          recipient: 'Dr Osei, Hill Street Surgery',
          expiresOn: '2026-09-30',
        },
        { kind: 'release-of-information', recipient: 'Kemi Lind (sister)', expiresOn: '2027-03-01' },
      ],
    });
    if (!state.active) throw new Error('client mode did not start');
    const documentSteps = state.steps.flatMap((s) => (s.kind === 'document' ? [s] : []));
    expect(documentSteps.map((s) => s.text)).toEqual([
      'I, Amara Okafor-Lind, agree to therapy with Harbour Therapy from 2 March 2026.',
      'I, Amara Okafor-Lind, allow Harbour Therapy to share my records with Dr Osei, Hill Street Surgery until 30 September 2026.',
      'I, Amara Okafor-Lind, allow Harbour Therapy to share my records with Kemi Lind (sister) until 1 March 2027.',
    ]);
    for (const step of documentSteps.slice(1)) {
      await core.call('clientMode:signDocument', {
        stepId: step.stepId,
        method: 'typed',
        signerName: 'Amara Okafor-Lind',
      });
    }
    await core.call('clientMode:leave', { secret: STRONG });

    const { documents, status } = await core.call('consent:forClient', { clientId });
    const releases = documents
      .filter((d) => d.kind === 'release-of-information')
      .sort((a, b) => a.expiresOn!.localeCompare(b.expiresOn!));
    expect(releases).toEqual([
      expect.objectContaining({
        recipient: 'Dr Osei, Hill Street Surgery',
        expiresOn: '2026-09-30',
        signedOn: '2026-03-02',
        method: 'typed',
        text: documentSteps[1]!.text,
      }),
      expect.objectContaining({
        recipient: 'Kemi Lind (sister)',
        expiresOn: '2027-03-01',
        text: documentSteps[2]!.text,
      }),
    ]);
    // Each stands on the client's page with its recipient and end; the documents left unsigned are missing.
    expect(
      status
        .map((s) => [s.kind, s.state, s.recipient, s.expiresOn])
        .sort((a, b) => String(a).localeCompare(String(b))),
    ).toEqual([
      ['informed-consent', 'missing', '', null],
      ['release-of-information', 'signed', 'Dr Osei, Hill Street Surgery', '2026-09-30'],
      ['release-of-information', 'signed', 'Kemi Lind (sister)', '2027-03-01'],
      ['telehealth', 'missing', '', null],
    ]);
    // The audit trail counts the documents and names no recipient.
    const audit = JSON.stringify(dumpTables(core).audit_log);
    expect(audit).toContain('documents=3');
    expect(audit).not.toContain('Osei');
    expect(audit).not.toContain('Kemi');
  });
});
