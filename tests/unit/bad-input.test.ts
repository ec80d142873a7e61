import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { emptyIntake } from '../../shared/clients/intake-schema';
import { channels, type Channel } from '../../shared/contract';
import { dumpTables, openCore } from './support/open-core';

const levels = { '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' };
const UNKNOWN = '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11';
const DIAGNOSIS = {
  system: 'icd10cm',
  code: 'F41.1',
  title: 'Generalized anxiety disorder',
  rank: 'primary',
  status: 'confirmed',
  madeOn: '2026-01-05',
  resolvedOn: null,
  madeBy: '',
  note: '',
};
const RISK_REVIEW = {
  reviewedOn: '2026-01-01',
  suicidalThoughts: 'passive',
  intent: 'no',
  plan: 'no',
  means: 'not-asked',
  pastAttempts: 'no',
  selfHarm: 'no',
  harmToOthers: 'no',
  harmFromOthers: 'no',
  judgement: 'moderate',
  reasons: 'Passive thoughts most evenings',
};

/** A valid payload per channel, which the properties below then break in every way they can. */
function validPayloads(id: string): Record<Channel, Record<string, unknown>> {
  const strong = 'quiet-otter-lantern-47';
  return {
    'vault:status': {},
    'vault:create': { passphrase: strong, confirmation: strong },
    'vault:confirmRecoverySaved': {},
    'vault:revealRecoveryKey': { passphrase: strong },
    'vault:unlock': { passphrase: strong },
    'vault:recover': { recoveryKey: 'AAAA', newPassphrase: strong, confirmation: strong },
    'vault:unlockAsCustodian': { recoveryKey: 'AAAA-BBBB' },
    'vault:changePassphrase': { current: strong, newPassphrase: strong, confirmation: strong },
    'vault:lock': {},
    'vault:saved': {},
    'vault:activity': {},
    'app:locale': {},
    'settings:get': {},
    'settings:update': { autoLockMinutes: 10 },
    'clientMode:status': {},
    'clientMode:start': {
      clientId: id,
      noteId: UNKNOWN,
      measures: ['phq9'],
      documents: [{ kind: 'release-of-information', recipient: 'Dr Lee, GP', expiresOn: '2026-12-31' }],
    },
    'clientMode:submitFeedback': { answers: { understood: 4, safe: 5 }, message: 'Thank you' },
    'clientMode:submitMeasure': { instrumentId: 'gad7', answers: [1, 2, 0, 3, 1, 0, 2] },
    'clientMode:signDocument': {
      stepId: UNKNOWN,
      method: 'drawn',
      signerName: 'Zoë',
      signaturePath: 'M 10 10 L 20 25 L 35 12',
    },
    'clientMode:leave': { secret: strong },
    'clientMode:setPin': { pin: '4821' },
    'clients:list': { search: 'zo', sort: 'name' },
    'clients:createEnquiry': { chosenName: 'Zoë', email: 'zoe@example.org' },
    'clients:get': { id },
    'clients:history': { id },
    'clients:changeStatus': { id, status: 'discharged', date: '2026-02-01', reason: 'Done' },
    'intake:saveDraft': { clientId: id, step: 'identity', baseRevision: 0, data: emptyIntake('Zoë') },
    'intake:discardDraft': { clientId: id },
    'intake:save': {
      clientId: id,
      baseRevision: 0,
      withoutConsentReason: 'Signed on paper before Rapport',
      data: emptyIntake('Zoë'),
    },
    'goals:get': { clientId: id },
    'goals:saveVersion': {
      clientId: id,
      sessions: { frequency: 'weekly', minutes: 50, weeks: 12 },
      involved: [{ name: 'Sam', role: 'Partner' }],
      goals: [
        {
          clientWords: 'Sleep',
          levels,
          objectives: [{ text: 'Asleep within 30 minutes on 5 nights a week', gasLevel: 0 }],
          interventions: { modalities: ['CBT'], detail: 'Sleep diary' },
        },
      ],
    },
    'goals:agree': { versionId: UNKNOWN, agreedOn: '2026-01-01', method: 'verbal' },
    'goals:rate': { clientId: id, goalKey: UNKNOWN, rater: 'client', level: 1, ratedOn: '2026-01-01' },
    'goals:setStatus': { clientId: id, goalKey: UNKNOWN, status: 'achieved', date: '2026-01-01' },
    'goals:reviewsDue': { within: 7 },
    'safetyPlan:get': { clientId: id },
    'safetyPlan:save': {
      clientId: id,
      sections: {
        warningSigns: [{ text: 'Not sleeping' }],
        askForHelp: [{ text: 'Mum', phone: '0400 000 000' }],
      },
    },
    'safetyPlan:agree': { versionId: UNKNOWN, agreedOn: '2026-01-01', method: 'typed', typedName: 'Zoë' },
    'safetyPlan:print': { versionId: UNKNOWN, paper: 'Letter', password: 'long enough secret' },
    'consent:templates': {},
    'consent:saveTemplate': {
      kind: 'telehealth',
      title: 'Video sessions',
      body: 'I, {{client.name}}, agree.',
    },
    'consent:forClient': { clientId: id },
    'consent:prepare': {
      clientId: id,
      kind: 'release-of-information',
      recipient: 'Dr Lee, GP',
      expiresOn: '2026-12-31',
    },
    'consent:sign': {
      clientId: id,
      templateId: UNKNOWN,
      kind: 'informed-consent',
      signedOn: '2026-01-01',
      method: 'paper',
      signerName: 'Zoë',
      scan: { type: 'image/png', base64: 'iVBORw0KGgo=' },
    },
    'consent:scan': { documentId: UNKNOWN },
    'consent:print': { documentId: UNKNOWN, paper: 'Letter', password: 'long enough secret' },
    'consent:printPacket': { paper: 'A4' },
    'record:print': {
      clientId: id,
      scope: 'period',
      from: '2026-01-01',
      to: '2026-03-31',
      includeDrafts: true,
      processNoteIds: [UNKNOWN],
      recipient: 'Dr Ana Ruiz, Harbour Clinic',
      purpose: 'Transfer of care',
      paper: 'A4',
      password: 'long enough secret',
    },
    'goals:reviewObjectives': {
      clientId: id,
      reviewedOn: '2026-01-01',
      entries: [{ goalKey: UNKNOWN, objectiveKey: UNKNOWN, progress: 'met' }],
    },
    'goals:modalities': {},
    'goals:setModalities': { custom: ['Narrative therapy'] },
    'notes:list': { clientId: id },
    'notes:get': { id: UNKNOWN },
    'notes:create': { clientId: id, sessionDate: '2026-01-01', format: 'SOAP' },
    'notes:save': {
      id: UNKNOWN,
      baseUpdatedAt: '2026-01-01T00:00:00.000Z',
      content: { sessionDate: '2026-01-01', modality: 'video', format: 'DAP', body: { data: 'Talked' } },
    },
    'notes:saveProcessNote': { noteId: UNKNOWN, body: 'private' },
    'notes:sign': { id: UNKNOWN },
    'notes:addAddendum': { noteId: UNKNOWN, body: 'Correction' },
    'notes:search': { query: 'sleep', limit: 10 },
    'notes:alliance': { clientId: id },
    'notes:unsigned': {},
    'notes:openRuptures': {},
    'risk:history': { clientId: id },
    'risk:record': { clientId: id, source: { kind: 'measure', measureId: UNKNOWN }, ...RISK_REVIEW },
    'risk:update': { id: UNKNOWN, ...RISK_REVIEW },
    'risk:forNote': { noteId: UNKNOWN },
    'risk:due': {},
    'risk:intervals': {},
    'risk:setIntervals': { highDays: 7, moderateDays: 21 },
    'measures:forClient': { clientId: id },
    'measures:record': {
      clientId: id,
      instrumentId: 'phq9',
      answers: [0, 1, 2, 3, 0, 1, 2, 3, 1],
      completedOn: '2026-01-01',
      completedBy: 'clinician',
      noteId: null,
      correction: { supersedesId: UNKNOWN, reason: 'Entered against the wrong day' },
    },
    'measures:schedule': {
      clientId: id,
      instrumentId: 'gad7',
      cadence: 'every-2-weeks',
      startOn: '2026-01-01',
      active: true,
    },
    'measures:due': {},
    'measures:riskFlags': {},
    'checklist:list': {},
    'checklist:save': { items: [{ group: 'trust', text: 'An item' }] },
    'checklist:groups': {},
    'checklist:saveGroups': { groups: [{ title: 'A group' }] },
    'practice:get': {},
    'practice:update': { clinicianName: 'Dr Ada Ñúñez', licenceNumber: 'PSY 12345' },
    'custodian:get': {},
    'custodian:update': {
      name: 'Dr Lena Brandt',
      email: 'lena@example.org',
      instructions: 'Call me first',
      includeContactList: true,
      includeRecoveryKey: false,
    },
    'custodian:printPackage': { paper: 'A4', password: 'long enough secret', passphrase: strong },
    'summary:preview': { clientId: id },
    'summary:export': {
      clientId: id,
      sections: ['identity', 'goals'],
      from: '2026-01-01',
      to: '2026-06-30',
      paper: 'Letter',
      password: 'long enough secret',
    },
    'appointments:range': { from: '2026-01-01', to: '2026-01-07' },
    'appointments:forClient': { clientId: id },
    'appointments:create': {
      clientId: id,
      date: '2026-01-05',
      time: '18:00',
      durationMinutes: 50,
      modality: 'video',
    },
    'appointments:update': { id: UNKNOWN, scope: 'one', changes: { time: '19:00' } },
    'appointments:setStatus': { id: UNKNOWN, status: 'attended' },
    'appointments:startNote': { id: UNKNOWN },
    'calendar:exportIcs': { from: '2026-01-01', to: '2026-01-31' },
    'reminders:template': {},
    'reminders:setTemplate': {
      subject: 'Appointment on {date}',
      body: 'See you at {time}',
      nameInSubject: false,
      alarmMinutesBefore: 60,
    },
    'reminders:tomorrow': {},
    'reminders:saveIcs': { appointmentId: UNKNOWN },
    'reminders:draft': { appointmentId: UNKNOWN },
    'reminders:markSent': { appointmentId: UNKNOWN, sent: true },
    'amendments:list': { clientId: id },
    'amendments:forNote': { noteId: UNKNOWN },
    'amendments:due': {},
    'amendments:log': {
      clientId: id,
      receivedOn: '2026-01-05',
      noteIds: [UNKNOWN],
      recordPart: 'Intake history',
      requestedChange: 'Correct the date of my move',
      reason: 'It was 2019',
    },
    'amendments:extend': { id: UNKNOWN, reason: 'Consulting the earlier file', clientToldOn: '2026-02-01' },
    'amendments:accept': { id: UNKNOWN, decidedOn: '2026-02-01', addendum: 'Corrected: moved in 2019.' },
    'amendments:deny': {
      id: UNKNOWN,
      decidedOn: '2026-02-01',
      denialReason: 'The note is accurate and complete',
      disagreement: 'I still disagree',
      disagreementOn: '2026-02-10',
      rebuttal: 'The session record stands',
    },
    'contacts:print': { who: 'active', paper: 'Letter', password: 'long enough pw' },
    'amendments:addDisagreement': {
      id: UNKNOWN,
      disagreement: 'I still disagree',
      disagreementOn: '2026-02-10',
    },
    'amendments:addRebuttal': {
      id: UNKNOWN,
      rebuttal: 'The session record stands',
      rebuttalOn: '2026-02-12',
    },
    'amendments:printLetter': { id: UNKNOWN, body: 'Dear Zoë,', paper: 'Letter', password: 'long enough pw' },
    'billing:settings': {},
    'billing:updateSettings': { currency: 'EUR' },
    'fees:list': {},
    'fees:save': {
      services: [{ name: 'Individual 45', code: '90834', durationMinutes: 45, priceMinor: 15000 }],
    },
    'fees:getClientFee': { clientId: id },
    'fees:setClientFee': { clientId: id, priceMinor: 12000 },
    'diagnoses:list': { clientId: id },
    'diagnoses:add': { clientId: id, diagnosis: DIAGNOSIS },
    'diagnoses:update': { id: UNKNOWN, diagnosis: { ...DIAGNOSIS, system: 'icd11', code: '6A70.1' } },
    'invoices:create': { clientId: id, appointmentIds: [UNKNOWN] },
    'invoices:list': {},
    'invoices:void': { id: UNKNOWN, reason: 'Duplicate' },
    'payments:record': { clientId: id, amountMinor: 100, receivedOn: '2026-01-01', method: 'card' },
    'payments:list': { clientId: id },
    'billing:balances': {},
    'billing:superbillPreview': { clientId: id, from: '2026-01-01', to: '2026-01-31', paper: 'Letter' },
    'billing:superbill': { clientId: id, from: '2026-01-01', to: '2026-01-31', password: 'long enough pw' },
    'billing:documentSettings': {},
    'billing:updateDocumentSettings': { paymentDetails: 'IBAN DE00 1234', taxWording: 'Exempt from VAT.' },
    'billing:invoicePdf': { invoiceId: UNKNOWN, paper: 'A4', password: 'long enough pw' },
    'billing:receiptPdf': { paymentId: UNKNOWN, paper: 'Letter' },
    'billing:statementPdf': { clientId: id, from: '2026-01-01', to: '2026-01-31', paper: 'A4' },
    'billing:statementBatchPlan': { from: '2026-01-01', to: '2026-01-31', folder: '/home/someone/Documents' },
    'billing:statementToFolder': {
      clientId: id,
      from: '2026-01-01',
      to: '2026-01-31',
      folder: '/home/someone/Documents',
      password: 'long enough pw',
    },
    'backup:status': {},
    'backup:run': {},
    'backup:list': { passphrase: strong },
    'backup:restore': { from: { id: 'vault:rapport-backup-2026-01-01T00-00-00.000Z' }, passphrase: strong },
    'backup:setSecondFolder': { path: '/media/backup-drive' },
    'insurance:get': { clientId: id },
    'insurance:set': {
      clientId: id,
      insurance: {
        payer: 'Aetna',
        memberId: 'W123456789',
        groupNumber: '0012345',
        relationship: 'spouse',
        subscriberName: 'Sam Doe',
        subscriberDateOfBirth: '1980-02-29',
      },
    },
    'backup:inspect': {
      path: '/media/backup-drive/rapport-backup-2026-03-14T10-22-05.123Z',
      passphrase: 'x',
    },
    'audit:list': { actionPrefix: 'note.', limit: 20 },
    'audit:verify': {},
    'integrity:status': {},
    'integrity:check': {},
    'audit:export': { outDir: '/home/someone/Documents' },
    'export:vault': {
      outDir: '/home/someone/Documents',
      includePsychotherapyNotes: false,
      intoNonEmptyFolder: false,
    },
    'export:cancel': {},
    'import:vault': {
      from: '/home/someone/Documents/rapport-export-2026-03-14T10-22-05.123Z',
      passphrase: 'a new passphrase for the imported vault',
      confirmation: 'a new passphrase for the imported vault',
    },
    'import:cancel': {},
    'files:chooseFolder': { purpose: 'audit-export' },
    'retention:rule': {},
    'retention:setRule': { adultYears: 7, ageOfMajority: 18, minorYearsAfterMajority: 3 },
    'retention:forClient': { clientId: id },
    'retention:past': {},
    'retention:preview': { clientId: id },
    'retention:destroy': {
      clientId: id,
      passphrase: strong,
      keepBilling: false,
      overrideReason: 'Moved abroad',
    },
    'retention:destructions': {},
  };
}

const breakers: fc.Arbitrary<(payload: Record<string, unknown>) => unknown>[] = [
  fc.anything().map((junk) => () => junk),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((k) => !['__proto__'].includes(k))
    .map(
      (key) => (p: Record<string, unknown>) =>
        key in p ? { ...p, [`${key}_x`]: 1 } : { ...p, [key]: 'unexpected' },
    ),
  fc
    .constantFrom('string', 'number', 'null', 'array', 'object', 'huge')
    .map((kind) => (p: Record<string, unknown>) => {
      const [first] = Object.keys(p);
      if (!first) return { unexpected: true };
      const wrong = {
        string: 'not-what-was-expected',
        number: 12345,
        null: null,
        array: [1, 2],
        object: { nested: true },
        huge: 'x'.repeat(300_000),
      }[kind];
      return { ...p, [first]: wrong };
    }),
  fc.constant((p: Record<string, unknown>) => {
    const [, ...rest] = Object.entries(p);
    return Object.fromEntries(rest);
  }),
];

/*
 * Prototype pollution: own "__proto__" keys (made by JSON.parse, as a parsed message would carry
 * them, not the setter an object literal calls) and "constructor.prototype", put into every object
 * a valid payload holds, the payload itself included.
 */
const POLLUTERS = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"__proto__": {"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}}',
];
const MARK = '"__pollute_here__":true';
const PROTOTYPE_KEYS = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
};

type Path = (string | number)[];

/** Where a payload holds an object (inside arrays too), the payload itself first. */
function objectPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return [path, ...Object.entries(value).flatMap(([key, inner]) => objectPaths(inner, [...path, key]))];
}

/** The payload with the polluter's keys as real own properties of the object at `path`. */
function pollutedAt(payload: Record<string, unknown>, path: Path, polluter: string): unknown {
  const copy = structuredClone(payload);
  const target = path.reduce<Record<string | number, unknown>>(
    (object, key) => object[key] as Record<string | number, unknown>,
    copy,
  );
  target.__pollute_here__ = true;
  const text = JSON.stringify(copy);
  expect(text.split(MARK)).toHaveLength(2);
  return JSON.parse(text.replace(MARK, polluter.slice(1, -1)));
}

/** Any own "__proto__" or "constructor" key, or any object not built on the plain prototypes. */
function pollutionIn(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const proto = Object.getPrototypeOf(value);
  const found = proto === Object.prototype || proto === Array.prototype ? [] : [`${path}: prototype`];
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__' || key === 'constructor') found.push(`${path}.${String(key)}`);
    found.push(...pollutionIn((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`));
  }
  return found;
}

describe('zod, at the door, with prototype-polluting keys', () => {
  const polluted = JSON.parse('{"a": "x", "__proto__": {"polluted": "yes"}}');
  const constructed = JSON.parse('{"a": "x", "constructor": {"prototype": {"polluted": "yes"}}}');

  it('a strict object refuses them as unrecognized keys', () => {
    const schema = z.strictObject({ a: z.string() });
    expect(Object.hasOwn(polluted, '__proto__')).toBe(true);
    expect(schema.safeParse(polluted).error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['__proto__'] }),
    ]);
    expect(schema.safeParse(constructed).error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['constructor'] }),
    ]);
  });

  it('a record drops an own "__proto__" key and keeps a plain object', () => {
    const parsed = z.record(z.string(), z.unknown()).parse(polluted);
    expect(Object.keys(parsed)).toEqual(['a']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });
});

describe('every channel refuses bad input clearly and changes nothing', () => {
  it.each(Object.keys(channels) as Channel[])('%s', async (channel) => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Existing' });
    const valid = validPayloads(id)[channel];
    const before = dumpTables(core);
    await fc.assert(
      fc.asyncProperty(fc.oneof(...breakers), async (breakPayload) => {
        const payload = breakPayload(valid);
        if (channels[channel].input.safeParse(payload).success) return; // still valid: not a bad input
        const result = await core.router.invoke(channel, payload);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.message).toMatch(/^Some of what was entered is not valid/);
          expect(JSON.stringify(result.error)).not.toContain('x'.repeat(1000));
        }
      }),
      { numRuns: 60 },
    );

    const clean = channels[channel].input.parse(valid);
    const paths = objectPaths(valid);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      for (const polluter of POLLUTERS) {
        const payload = pollutedAt(valid, path, polluter);
        const parsed = channels[channel].input.safeParse(payload);
        if (parsed.success) {
          // Dropped at the door (a record skips "__proto__"): exactly the clean request, nothing more.
          expect(parsed.data, `${polluter} at ${path.join('.')}`).toEqual(clean);
          expect(pollutionIn(parsed.data)).toEqual([]);
          continue;
        }
        const result = await core.router.invoke(channel, payload);
        expect(result, `${polluter} at ${path.join('.')}`).toMatchObject({
          ok: false,
          error: {
            code: 'VALIDATION',
            message: expect.stringMatching(/^Some of what was entered is not valid/),
          },
        });
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS.object);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(PROTOTYPE_KEYS.array);

    expect(dumpTables(core)).toEqual(before);
    expect((await core.router.invoke('vault:status', {})).ok).toBe(true);
  });
});
