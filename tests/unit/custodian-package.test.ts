import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { custodianPackageFileName } from '../../electron/core/features/pdf/custodian-package-printer';
import { readKeyFileIn } from '../../electron/core/vault/backups/backup-catalogue';
import { printCustodianPackageRequest } from '../../shared/custodian/custodian-contract';
import { OPEN_WITHOUT_RAPPORT } from '../../shared/custodian/open-without-rapport';
import { inLocale } from '../../shared/dates/app-locale';
import { formatDate } from '../../shared/dates/format-date';
import { clockedCore } from './support/clocked-core';
import { expectNeutralMetadata } from './support/pdf-metadata';
import { pdfInfo, pdfText, squash } from './support/pdf-tools';
import { seedRecordClient, WORDS } from './support/record-fixture';
import { STRONG, STRONG_2, tempDir } from './support/temp-vault';

const printer = new ChromiumSummaryPrinter();
afterAll(() => printer.close());

const CUSTODIAN = {
  name: 'Dr Lena Brandt',
  role: 'Clinical psychologist, registration PSY 40412',
  phone: '+44 20 7946 0321',
  email: 'lena.brandt@example.org',
  address: '14 Quay Road\nBristol BS1 4QA',
  instructions: 'The locked filing cabinet key is with my solicitor, Ms Okafor.',
};

async function practiceWithRecords() {
  const core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'));
  await core.call('practice:update', {
    clinicianName: 'Dr Ana Ríos',
    practiceName: 'Harbour Street Counselling',
    phone: '0117 496 0000',
  });
  const { clientId } = await seedRecordClient(core.call);
  const { id: withContact } = await core.call('clients:createEnquiry', {
    chosenName: 'Tomás Ferreira',
    legalName: 'Tomás A. Ferreira',
    phone: '07700 900123',
    email: 'tomas@example.net',
    note: 'Worried about panic at work',
  });
  const { id: former } = await core.call('clients:createEnquiry', {
    chosenName: 'Ines Okoro',
    startAs: 'active',
  });
  await core.call('clients:changeStatus', {
    id: former,
    status: 'discharged',
    date: '2026-03-01',
    reason: 'Ended well',
  });
  const second = join(tempDir(), 'usb-drive');
  mkdirSync(second);
  await core.call('backup:setSecondFolder', { path: second });
  await core.call('backup:run', {});
  return { core, clientId, withContact, second, vaultId: readKeyFileIn(core.dir)!.vaultId };
}

function auditDetails(core: Awaited<ReturnType<typeof clockedCore>>): string[] {
  return core.session
    .db()
    .prepare("SELECT detail FROM audit_log WHERE action = 'custodian.package-printed' ORDER BY id")
    .all()
    .map((row) => (row as { detail: string }).detail);
}

/** Words of the record that no custodian package may carry, whatever was chosen. */
const CLINICAL = [...Object.values(WORDS), 'Worried about panic at work', 'Ended well'];

describe('the custodian package', () => {
  it('says who the custodian is, where the vault and its backups are and how to open them, and nothing secret unless chosen', async () => {
    const { core, second, vaultId } = await practiceWithRecords();
    await core.call('custodian:update', CUSTODIAN);
    const request = printCustodianPackageRequest.parse({});
    const path = join(tempDir(), custodianPackageFileName('2026-03-02'));
    expect(path).toMatch(/custodian-package-2026-03-02\.pdf$/);

    const saved = await core.services.custodianPackage.saveTo(path, request, printer);
    expect(saved.protected).toBe(false);
    const text = squash(pdfText(path).stdout);
    for (const line of [
      ...Object.values(CUSTODIAN).flatMap((value) => value.split('\n')),
      'Dr Ana Ríos',
      'Harbour Street Counselling',
      vaultId,
      core.dir,
      join(core.dir, 'backups'),
      'an adult’s record is kept 7 years after the last service',
      'until 3 years after they turn 18',
      'The recovery key is not in this package.',
      ...OPEN_WITHOUT_RAPPORT.flat(2),
    ]) {
      expect(text, line).toContain(squash(line));
    }
    // pdftotext joins a path broken at a line's end after a dash by dropping that dash.
    expect(text.replace(/-/g, '')).toContain(
      squash(join(second, 'Rapport backups', vaultId)).replace(/-/g, ''),
    );
    expect(text).not.toContain(squash(core.recoveryKey));
    expect(text).not.toContain(core.recoveryKey.replace(/-/g, ''));
    expect(text).not.toContain(squash('Client contact list'));
    for (const name of ['Maya', 'Lindqvist', 'Tomás', 'Ferreira', 'Ines', 'Okoro', 'tomas@example.net'])
      expect(text).not.toContain(name);
    for (const words of CLINICAL) expect(text).not.toContain(squash(words));
    expectNeutralMetadata(path, 'Records custodian package', ['Lena', 'Brandt', 'Ríos', 'Maya', vaultId]);
    expect(auditDetails(core)).toEqual(['paper=A4; protected=no; contacts=no; recoveryKey=no']);
  });

  it('lists the clients and prints the recovery key only when chosen, and only with the passphrase', async () => {
    const { core, clientId, withContact } = await practiceWithRecords();
    await core.call('custodian:update', { ...CUSTODIAN, includeContactList: true, includeRecoveryKey: true });
    const path = join(tempDir(), custodianPackageFileName('2026-03-02'));
    await expect(
      core.services.custodianPackage.document(printCustodianPackageRequest.parse({})),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/Enter your passphrase/) });
    await expect(
      core.services.custodianPackage.saveTo(
        path,
        printCustodianPackageRequest.parse({ passphrase: STRONG_2 }),
        printer,
      ),
    ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(existsSync(path)).toBe(false);
    expect(auditDetails(core)).toEqual([]);

    const request = printCustodianPackageRequest.parse({
      paper: 'Letter',
      password: 'harbour lantern 42',
      passphrase: STRONG,
    });
    const document = await core.services.custodianPackage.document(request);
    expect(document.contacts?.map((contact) => [contact.id, contact.status, contact.lastSession])).toEqual([
      [clientId, 'enquiry', '2026-02-14'],
      [withContact, 'enquiry', ''],
      [expect.any(String), 'discharged', ''],
    ]);
    const saved = await core.services.custodianPackage.saveTo(path, request, printer, document);
    expect(saved.protected).toBe(true);
    const text = squash(pdfText(path, { password: 'harbour lantern 42' }).stdout);
    const lastSession = inLocale(document.locale, () => formatDate('2026-02-14'));
    for (const line of [
      'Client contact list',
      '3 clients: 2 current, 1 former.',
      'Maya Lindqvist',
      'Tomás Ferreira (Tomás A. Ferreira)',
      '07700 900123',
      'tomas@example.net',
      'Ines Okoro',
      'Former: Discharged',
      'Current: Enquiry',
      lastSession,
      'The recovery key',
      core.recoveryKey,
    ]) {
      expect(text, line).toContain(squash(line));
    }
    expect(text).not.toContain(squash('The recovery key is not in this package.'));
    for (const words of CLINICAL) expect(text).not.toContain(squash(words));
    const info = pdfInfo(path, 'harbour lantern 42');
    expect(info.Title).toBe('Records custodian package');
    expect(JSON.stringify(info)).not.toMatch(/Maya|Tomás|Brandt/);
    expect(auditDetails(core)).toEqual(['paper=Letter; protected=yes; contacts=3; recoveryKey=yes']);
  });

  it('refuses to print before a custodian is named', async () => {
    const core = await clockedCore();
    await expect(
      core.services.custodianPackage.document(printCustodianPackageRequest.parse({})),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/Name the records custodian/),
    });
  });
});
