import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { exportRequest } from '../../shared/summary/summary-contract';
import { SECTION_KEYS } from '../../shared/summary/summary-sections';
import { bytesContain, pdfInfo, pdfText, qpdf, squash } from './support/pdf-tools';
import { CHOSEN_NAME, DATE_OF_BIRTH, DIAGNOSIS, LEGAL_NAME, SCRIPTS } from './support/summary-fixture';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';

const PASSWORD = 'Blue heron 7 ✓ über';

let vault: SummaryVault;
let printer: ChromiumSummaryPrinter;
let file: string;

beforeAll(async () => {
  vault = await openSummaryVault({ sessions: 12 });
  printer = new ChromiumSummaryPrinter();
  file = join(vault.dir, 'protected.pdf');
  await vault
    .service()
    .saveTo(
      file,
      exportRequest.parse({ clientId: vault.clientId, sections: [...SECTION_KEYS], password: PASSWORD }),
      printer,
    );
});

afterAll(async () => {
  await printer?.close();
  vault?.close();
});

describe('a password-protected summary', () => {
  it('is encrypted with AES-256 (security handler revision 6)', () => {
    const shown = qpdf(['--show-encryption', `--password=${PASSWORD}`, file]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/^R = 6$/m);
    expect(shown.stdout).toMatch(/stream encryption method: AESv3/);
    expect(shown.stdout).toMatch(/string encryption method: AESv3/);
    expect(qpdf(['--check', `--password=${PASSWORD}`, file]).status).toBe(0);
  });

  it('needs its password to open', () => {
    expect(qpdf(['--requires-password', file]).status).toBe(0);
    const withoutPassword = pdfText(file);
    expect(withoutPassword.status).not.toBe(0);
    expect(withoutPassword.stdout).toBe('');
    expect(pdfText(file, { password: 'not the password' }).status).not.toBe(0);
    expect(qpdf(['--check', file]).status).not.toBe(0);
    expect(qpdf(['--check', '--password=not the password', file]).status).not.toBe(0);
  });

  it('opens with the password, every script intact', () => {
    const opened = pdfText(file, { password: PASSWORD });
    expect(opened.status).toBe(0);
    const text = squash(opened.stdout);
    expect(text).toContain(squash(CHOSEN_NAME));
    expect(text).toContain(squash(SCRIPTS.arabic));
    expect(text).toContain(squash(SCRIPTS.japanese));
    expect(pdfInfo(file, PASSWORD)).toMatchObject({
      Title: 'Client summary',
      Author: '',
      Encrypted: 'yes (print:yes copy:yes change:no addNotes:no algorithm:AES-256)',
    });
  });

  it('holds no client name, date of birth or diagnosis anywhere in its bytes', () => {
    const bytes = readFileSync(file);
    const [year, month, day] = DATE_OF_BIRTH.split('-');
    for (const secret of [
      CHOSEN_NAME,
      'Zoë',
      'Nguyễn',
      'Whitfield',
      LEGAL_NAME,
      DATE_OF_BIRTH,
      `${Number(day)} April ${year}`,
      `${day}/${month}/${year}`,
      DIAGNOSIS,
      'F41.1',
      'anxiety',
      'Client summary',
    ]) {
      expect(bytesContain(bytes, secret), secret).toBe(false);
    }
  });

  it('is recorded as protected in the audit trail, without the password', () => {
    const entry = listAudit(vault.core.session.db(), 200).find((e) => e.action === 'summary.exported');
    expect(entry?.entityId).toBe(vault.clientId);
    expect(entry?.detail).toContain('protected=yes');
    const audit = JSON.stringify(listAudit(vault.core.session.db(), 1000));
    expect(audit).not.toContain(PASSWORD);
  });
});
