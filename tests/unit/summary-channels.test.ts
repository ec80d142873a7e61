import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { createAppCore } from '../../electron/core/router/app-core';
import { CHOSEN_NAME, HUMILITY_MARKER, LEGAL_NAME, PROCESS_MARKER } from './support/summary-fixture';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';
import { pdfText, squash } from './support/pdf-tools';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

let vault: SummaryVault;
let printer: ChromiumSummaryPrinter;
/** What the shell's save dialog is asked and answers, one entry per export. */
const dialog: { offered: string[]; answer: string | null } = { offered: [], answer: null };

beforeAll(async () => {
  printer = new ChromiumSummaryPrinter();
  vault = await openSummaryVault({
    sessions: 8,
    summaryExport: {
      printer,
      choosePath: async (defaultName) => {
        dialog.offered.push(defaultName);
        return dialog.answer;
      },
    },
  });
});

afterAll(async () => {
  await printer?.close();
  vault?.close();
});

function exportsAudited(): number {
  return listAudit(vault.core.session.db(), 1000).filter((e) => e.action === 'summary.exported').length;
}

describe('summary:preview', () => {
  it('returns what a summary can hold, without process notes or the private reflection', async () => {
    const source = await vault.call('summary:preview', { clientId: vault.clientId });
    expect(source.client.chosenName).toBe(CHOSEN_NAME);
    expect(source.sessions).toHaveLength(8);
    expect(source.sessions.filter((s) => s.signed)).toHaveLength(7);
    expect(source.sessions.find((s) => !s.signed)?.summary).toBe('');
    expect(source.practice.practiceName).toBe('Harbour Light Therapy');
    const text = JSON.stringify(source);
    expect(text).not.toContain(PROCESS_MARKER);
    expect(text).not.toContain(HUMILITY_MARKER);
  });

  it('refuses an unknown client', async () => {
    const result = await vault.core.router.invoke('summary:preview', {
      clientId: '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('summary:export', () => {
  it('offers a default file name with no client name, then writes where the person chose', async () => {
    const path = join(vault.dir, 'chosen name.pdf');
    dialog.answer = path;
    const before = exportsAudited();
    const result = await vault.call('summary:export', {
      clientId: vault.clientId,
      sections: ['identity', 'legalName', 'sessions'],
      paper: 'Letter',
      password: 'a long enough password',
    });
    expect(result).toMatchObject({ status: 'saved', fileName: 'chosen name.pdf', protected: true });
    const offered = dialog.offered.at(-1)!;
    expect(offered).toMatch(/^client-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
    for (const part of [...CHOSEN_NAME.split(/[\s-]/), ...LEGAL_NAME.split(' ')])
      expect(offered.toLowerCase()).not.toContain(part.toLowerCase());
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(exportsAudited()).toBe(before + 1);
  });

  it('writes nothing and records nothing when the save dialog is cancelled', async () => {
    dialog.answer = null;
    const before = exportsAudited();
    const result = await vault.call('summary:export', { clientId: vault.clientId });
    expect(result).toEqual({ status: 'cancelled' });
    expect(exportsAudited()).toBe(before);
  });

  it('refuses a password too short to protect anything, before asking where to save', async () => {
    const asked = dialog.offered.length;
    const result = await vault.core.router.invoke('summary:export', {
      clientId: vault.clientId,
      password: 'short',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'password', message: 'Use at least 8 characters.' }] },
    });
    expect(dialog.offered.length).toBe(asked);
  });

  it('says it is unavailable where the shell gave no printer or dialog', async () => {
    const core = createAppCore({ vaultDir: join(tempDir(), 'vault'), kdf: TEST_KDF });
    await core.session.create(STRONG);
    const created = await core.router.call('clients:createEnquiry', { chosenName: 'Ana' });
    if (!created.ok) throw new Error(created.error.message);
    const result = await core.router.invoke('summary:export', { clientId: created.value.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    core.session.lock('quit');
  });
});

describe('practice letterhead', () => {
  it('is stored in the vault and read back', async () => {
    const saved = await vault.call('practice:update', {
      clinicianName: '  Dr Amal Haddad  ',
      credentials: 'LCSW',
      licenceNumber: 'LCSW 2718',
      practiceName: 'عيادة الأمل',
      address: '1 Cedar Road\nSpringfield',
      phone: '',
      email: 'amal@example.org',
      website: '',
      logo: 'data:image/png;base64,iVBORw0KGgo=',
    });
    expect(saved.clinicianName).toBe('Dr Amal Haddad');
    expect(await vault.call('practice:get', {})).toEqual(saved);
    const audit = listAudit(vault.core.session.db(), 1000);
    expect(audit.some((e) => e.action === 'practice.updated')).toBe(true);
  });

  it.each([
    [
      'an SVG logo',
      { logo: 'data:image/svg+xml;base64,PHN2Zz4=' },
      'logo',
      'The logo must be a PNG or JPEG image.',
    ],
    [
      'a logo over 150 KB',
      { logo: `data:image/png;base64,${'A'.repeat(210_000)}` },
      'logo',
      'The logo must be smaller than 150 KB.',
    ],
    [
      'an email address without a domain',
      { email: 'not an email' },
      'email',
      'That does not look like an email address.',
    ],
  ])('refuses %s', async (_label, input, path, message) => {
    const result = await vault.core.router.invoke('practice:update', input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.issues).toContainEqual({ path, message });
    }
  });

  it('is what the exported summary carries at its top', async () => {
    const path = join(vault.dir, 'letterhead.pdf');
    dialog.answer = path;
    await vault.call('summary:export', { clientId: vault.clientId, sections: ['status'] });
    const text = squash(pdfText(path).stdout);
    for (const line of [
      'عيادة الأمل',
      'Dr Amal Haddad, LCSW',
      'Licence LCSW 2718',
      '1 Cedar Road',
      'amal@example.org',
    ])
      expect(text).toContain(squash(line));
  });
});
