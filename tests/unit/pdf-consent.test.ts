import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { consentFileName, packetFileName } from '../../electron/core/features/pdf/consent-printer';
import { createRecordServices } from '../../electron/core/router/services';
import { emptyIntake } from '../../shared/clients/intake-schema';
import { printConsentRequest, printPacketRequest } from '../../shared/consent/consent-contract';
import { STARTER_TEXTS } from '../../shared/consent/consent-starter-texts';
import { dumpTables, openCore } from './support/open-core';
import { pdfInfo, pdfText, squash } from './support/pdf-tools';

/** The PDFs and their pages as PNGs, kept for a person to look at (test-results is not committed). */
const OUT_DIR = join('test-results', 'pdf-consent');
const SIGNATURE = 'M 10 40 L 30 10 L 50 40 L 70 12 L 90 38 M 100 30 L 140 30';

let core: Awaited<ReturnType<typeof openCore>>;
let printer: ChromiumSummaryPrinter;
let drawnId = '';
let typedId = '';

function consentPrinter() {
  return createRecordServices(() => core.session.db()).consentPrinter;
}

/** Each page of the PDF as a PNG beside it, for a person to look at. */
function toPng(path: string, password?: string): string[] {
  const prefix = path.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', [...(password ? ['-upw', password] : []), '-png', '-r', '60', path, prefix]);
  const base = prefix.split('/').at(-1)!;
  return readdirSync(OUT_DIR).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'));
}

beforeAll(async () => {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  core = await openCore();
  printer = new ChromiumSummaryPrinter();
  await core.call('practice:update', {
    clinicianName: 'Dr Ana Ríos',
    practiceName: 'Harbour Street Counselling',
    phone: '+61 2 9000 5555',
  });
  await core.call('fees:save', {
    services: [{ name: 'Individual 50', code: '90834', durationMinutes: 50, priceMinor: 16000 }],
  });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Mariam' });
  const intake = emptyIntake('Mariam');
  intake.identity.legalName = 'Mariam Haddad';
  await core.call('intake:save', { clientId, baseRevision: 0, data: intake });
  const [consent] = await core.call('consent:saveTemplate', {
    kind: 'informed-consent',
    ...STARTER_TEXTS['informed-consent'],
  });
  const templates = await core.call('consent:saveTemplate', {
    kind: 'release-of-information',
    ...STARTER_TEXTS['release-of-information'],
  });
  await core.call('consent:saveTemplate', { kind: 'policies-fees', ...STARTER_TEXTS['policies-fees'] });
  const release = templates.find((t) => t.kind === 'release-of-information')!;
  const drawn = await core.call('consent:sign', {
    clientId,
    templateId: consent!.id,
    kind: 'informed-consent',
    signedOn: '2026-03-02',
    method: 'drawn',
    signerName: 'Mariam Haddad',
    signaturePath: SIGNATURE,
  });
  drawnId = drawn.documents[0]!.id;
  const typed = await core.call('consent:sign', {
    clientId,
    templateId: release.id,
    kind: 'release-of-information',
    recipient: 'Dr Osei, Hill Street Surgery',
    expiresOn: '2026-09-30',
    signedOn: '2026-03-04',
    method: 'typed',
    signerName: 'Mariam Haddad',
  });
  typedId = typed.documents.find((d) => d.kind === 'release-of-information')!.id;
});

afterAll(async () => {
  await printer.close();
  core.session.lock('quit');
});

describe('a printed signed document', () => {
  it('holds the signed text, the signer, the day, the method and the template version, with neutral metadata', async () => {
    const path = join(OUT_DIR, 'consent-drawn.pdf');
    const saved = await consentPrinter().saveTo(
      path,
      printConsentRequest.parse({ documentId: drawnId, paper: 'A4' }),
      printer,
    );
    expect(saved).toMatchObject({ protected: false });
    const text = squash(pdfText(path).stdout);
    for (const line of [
      'Harbour Street Counselling',
      'Consent to therapy',
      'I, Mariam, agree to start therapy with Dr Ana Ríos at Harbour Street Counselling.',
      'Signed on 2 March 2026.',
      'Signed by Mariam Haddad',
      'Signed on 2 March 2026',
      'Signed by drawing on screen',
      'Template version 1',
    ]) {
      expect(text).toContain(squash(line));
    }
    expect(pdfInfo(path).Title).toBe('Signed document');
    expect(JSON.stringify(pdfInfo(path))).not.toContain('Mariam');
    expect(pdfInfo(path)['Page size']).toMatch(/\(A4\)$/);
    expect(toPng(path).length).toBeGreaterThan(0);
  });

  it('prints a typed release on Letter with a password, naming its recipient and end', async () => {
    const password = 'harbour lantern 42';
    const path = join(OUT_DIR, 'release-typed.pdf');
    const saved = await consentPrinter().saveTo(
      path,
      printConsentRequest.parse({ documentId: typedId, paper: 'Letter', password }),
      printer,
    );
    expect(saved).toMatchObject({ protected: true });
    expect(pdfText(path).status).not.toBe(0);
    const text = squash(pdfText(path, { password }).stdout);
    for (const line of [
      'Released to: Dr Osei, Hill Street Surgery. Ends on 30 September 2026.',
      'I, Mariam Haddad, born',
      'Signed by typing their name',
      'Signed on 4 March 2026',
    ]) {
      expect(text).toContain(squash(line));
    }
    expect(pdfInfo(path, password)['Page size']).toMatch(/612 x 792 pts \(letter\)/);
    expect(toPng(path, password).length).toBeGreaterThan(0);
  });
});

describe('the blank intake packet', () => {
  it('holds every intake step and question and each template with blank client fields and signature lines', async () => {
    const path = join(OUT_DIR, 'packet.pdf');
    const saved = await consentPrinter().savePacketTo(
      path,
      printPacketRequest.parse({ paper: 'A4' }),
      printer,
    );
    expect(saved.pages).toBeGreaterThan(3);
    const text = squash(pdfText(path).stdout);
    for (const line of [
      'Intake questions',
      'Identity and practicalities',
      'Date of birth',
      'Emergency contact',
      'What brings them here',
      'Medications',
      'Risk and safety',
      'Consent to therapy',
      'Practice policies and fees',
      'a session costs $160.00',
      'Release of information',
      'I, ______________________, agree to start therapy with Dr Ana Ríos at Harbour Street Counselling.',
      'Signature',
    ]) {
      expect(text).toContain(squash(line));
    }
    expect(text).not.toContain('Mariam');
    expect(pdfInfo(path).Title).toBe('Intake packet');
    expect(toPng(path).length).toBe(saved.pages);
  });

  it('is recorded in the audit trail by ids, paper and protection only', () => {
    const rows = (
      dumpTables(core).audit_log as { action: string; entity_id: string; detail: string }[]
    ).filter((r) => r.action === 'consent.printed' || r.action === 'consent.packet-printed');
    expect(rows.map((r) => [r.action, r.entity_id, r.detail])).toEqual([
      ['consent.printed', drawnId, 'paper=A4; protected=no'],
      ['consent.printed', typedId, 'paper=Letter; protected=yes'],
      ['consent.packet-printed', null, 'documents=3; paper=A4; protected=no'],
    ]);
  });

  it('is offered under file names that never hold the client’s name', () => {
    expect(consentFileName('2026-03-02')).toBe('signed-document-2026-03-02.pdf');
    expect(packetFileName('2026-03-02')).toBe('intake-packet-2026-03-02.pdf');
  });
});
