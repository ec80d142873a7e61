import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { RENDERER_ROOT } from '../../electron/core/features/pdf/renderer-root';
import { createAppCore, type AppCore } from '../../electron/core/router/app-core';
import { formatMoney } from '../../shared/billing/money';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { formatDate, formatShortDate } from '../../shared/dates/format-date';
import { pdfInfo, pdfText, qpdf, squash } from './support/pdf-tools';
import { expectNeutralMetadata } from './support/pdf-metadata';
import {
  CHOSEN_NAME,
  DATE_OF_BIRTH,
  addDiagnoses,
  DIAGNOSES,
  EXPECTED_PAID,
  EXPECTED_PAYMENTS,
  EXPECTED_SERVICES,
  EXPECTED_TOTALS,
  INSURANCE,
  LEGAL_NAME,
  PERIOD,
  PRACTICE,
  seedSuperbillClient,
} from './support/superbill-fixture';
import { STRONG, TEST_KDF } from './support/temp-vault';

const usd = (minor: number) => formatMoney(minor, 'USD', 'en');
const PASSWORD = 'harbour light 2026';

let dir: string;
let core: AppCore;
let printer: ChromiumSummaryPrinter;
let clientId: string;
/** What the stand-in save dialog answers next (null: the person cancelled), and the names it was offered. */
let answer: string | null = null;
const offered: string[] = [];
const exported = new Map<string, string>();

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.router.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Saves through the app's own channel, once per name, and keeps the file for the tests that read it. */
async function exportAs(name: string, request: Partial<ChannelInput<'billing:superbill'>> = {}) {
  const known = exported.get(name);
  if (known) return known;
  answer = join(dir, `${name}.pdf`);
  const result = await call('billing:superbill', { clientId, ...PERIOD, ...request });
  expect(result).toMatchObject({ status: 'saved', fileName: `${name}.pdf` });
  exported.set(name, answer);
  return answer;
}

function pages(file: string, password?: string): string[] {
  const count = Number(pdfInfo(file, password).Pages);
  return Array.from(
    { length: count },
    (_, i) => pdfText(file, { page: i + 1, layout: true, password }).stdout,
  );
}

beforeAll(async () => {
  if (!existsSync(join(RENDERER_ROOT, 'summary.html'))) {
    throw new Error(
      'out/renderer/summary.html is missing: run `npx electron-vite build` before these tests.',
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'rapport-superbill-test-'));
  printer = new ChromiumSummaryPrinter();
  core = createAppCore({
    vaultDir: join(dir, 'vault'),
    kdf: TEST_KDF,
    summaryExport: {
      printer,
      choosePath: async (suggested) => {
        offered.push(suggested);
        return answer;
      },
    },
  });
  await core.session.create(STRONG);
  ({ clientId } = await seedSuperbillClient(call));
});

afterAll(async () => {
  await printer?.close();
  core?.session.lock('quit');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Real Chromium on a shared two-core machine: give each print room.
describe('the printed superbill', () => {
  it('carries the letterhead and the clinician’s licence, NPI and tax ID', async () => {
    const text = pdfText(await exportAs('letter')).stdout;
    for (const part of [
      PRACTICE.practiceName,
      'Dr Ana Sofía Ríos, PsyD, Licensed Psychologist',
      '2100 Bay Street, Suite 4',
      'San Francisco, CA 94123',
      PRACTICE.phone,
      PRACTICE.email,
      'PSY 31415 (California)',
      PRACTICE.npi,
      PRACTICE.taxId,
    ]) {
      expect(text, part).toContain(part);
    }
  });

  it('names the client by legal name with date of birth and address, and lists the diagnosis codes', async () => {
    const text = pdfText(await exportAs('letter')).stdout;
    expect(squash(text)).toContain(squash(LEGAL_NAME));
    expect(text).toContain(formatDate(DATE_OF_BIRTH));
    expect(text).toContain('1450 Mission Street, Apt 3');
    for (const { code, description } of DIAGNOSES) {
      expect(text).toMatch(new RegExp(`${code.replace('.', '\\.')}\\s+${description}`));
    }
  });

  it('carries the client’s insurer, member ID, group number and the policy holder', async () => {
    const text = squash(pdfText(await exportAs('letter')).stdout);
    for (const part of [
      `Insurer ${INSURANCE.payer}`,
      `Member ID ${INSURANCE.memberId}`,
      `Group number ${INSURANCE.groupNumber}`,
      `Policy holder ${INSURANCE.subscriberName}, born ${formatShortDate(INSURANCE.subscriberDateOfBirth)} · the client is their spouse or partner`,
    ]) {
      expect(text, part).toContain(squash(part));
    }
  });

  it('has one line per attended session of the period: date, place of service, code, modifier, units, fee and paid', async () => {
    const layout = pdfText(await exportAs('letter'), { layout: true }).stdout;
    const rows = layout.split('\n').filter((line) => /\b\d{5}\b/.test(line) && line.includes('$'));
    expect(rows).toHaveLength(EXPECTED_SERVICES.length);
    EXPECTED_SERVICES.forEach((service, i) => {
      const row = rows[i]!;
      expect(row).toContain(formatShortDate(service.date));
      expect(row).toContain(`${service.place} · ${service.place === '11' ? 'Office' : 'Telehealth'}`);
      // Each line points to the primary diagnosis, A.
      expect(row).toMatch(
        new RegExp(`${service.code}\\s+${service.modifier}\\s*A\\s+${service.description}`),
      );
      expect(row).toMatch(
        new RegExp(`\\s1\\s+\\${usd(service.feeMinor)}\\s+\\${usd(EXPECTED_PAID[i]!)}\\s*$`),
      );
    });
    // Outside the period, or not a service given: never on it.
    for (const absent of ['27 Oct 2026', '17 Nov 2026', '1 Dec 2026', 'Late cancellation']) {
      expect(layout).not.toContain(absent);
    }
  });

  it('lists what the client paid towards these services, whenever paid, and the balance of these services only', async () => {
    const layout = pdfText(await exportAs('letter'), { layout: true }).stdout;
    for (const payment of EXPECTED_PAYMENTS) {
      const part =
        payment.appliedMinor < payment.amountMinor ? `\\s+of\\s+\\${usd(payment.amountMinor)}` : '';
      expect(layout).toMatch(
        new RegExp(
          `${formatShortDate(payment.date)}\\s+${payment.method}\\s+\\${usd(payment.appliedMinor)}${part}`,
        ),
      );
    }
    // Before the first listed session was invoiced, for December's session, or by the insurer.
    for (const absent of ['30 Oct 2026', '29 Nov 2026', '20 Nov 2026', 'In credit']) {
      expect(layout).not.toContain(absent);
    }
    EXPECTED_SERVICES.forEach((service, i) => {
      expect(layout).toMatch(
        new RegExp(
          `${formatShortDate(service.date)}.*\\${usd(service.feeMinor)}\\s+\\${usd(EXPECTED_PAID[i]!)}`,
        ),
      );
    });
    expect(layout).toMatch(
      new RegExp(
        `Total charged for 4 sessions\\s+\\${usd(EXPECTED_TOTALS.chargedMinor)}\\s+\\${usd(EXPECTED_TOTALS.paidMinor)}`,
      ),
    );
    expect(layout).toMatch(new RegExp(`Fees for these services\\s+\\${usd(59_000)}`));
    expect(layout).toMatch(new RegExp(`Paid by the client\\s+\\${usd(28_000)}`));
    expect(layout).toMatch(new RegExp(`Balance of these services\\s+\\${usd(31_000)}`));
  });

  it('is dated, says what it certifies, and leaves a line for the signature', async () => {
    const text = pdfText(await exportAs('letter')).stdout;
    const today = DateTime.now().setZone('America/Los_Angeles').toISODate()!;
    expect(text).toContain(`Issued ${formatDate(today)}`);
    expect(text).toContain(`Services from ${formatDate(PERIOD.from)} to ${formatDate(PERIOD.to)}`);
    expect(text).toContain('I certify that I provided the services above on the dates shown');
    expect(text).toContain('Signature · Dr Ana Sofía Ríos, PsyD, Licensed Psychologist');
    expect(text).toContain('CONFIDENTIAL');
    expect(text).toContain('Page 1 of 1');
  });

  it('suggests a file name without the client, and keeps the client out of the metadata', async () => {
    const file = await exportAs('letter');
    expect(offered[0]).toBe('superbill-2026-11.pdf');
    expectNeutralMetadata(file, 'Superbill', ['Zoé', 'Zoë', 'Whitfield', 'F41.1', CHOSEN_NAME]);
  });

  it('embeds only the bundled Noto fonts', async () => {
    const rows = execFileSync('pdffonts', [await exportAs('letter')], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+NotoSans/);
  });

  it('lays out for Letter by default, or A4', async () => {
    expect(pdfInfo(await exportAs('letter'))['Page size']).toMatch(
      /^612(\.\d+)? x 792(\.\d+)? pts \(letter\)/,
    );
    const a4 = await exportAs('a4', { paper: 'A4' });
    expect(pdfInfo(a4)['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(qpdf(['--check', a4]).status).toBe(0);
  });

  it('needs the password when protected', async () => {
    const file = await exportAs('protected', { password: PASSWORD });
    expect(qpdf(['--requires-password', file]).status).toBe(0);
    expect(pdfText(file).status).not.toBe(0);
    expect(qpdf(['--show-encryption', `--password=${PASSWORD}`, file]).stdout).toMatch(/AESv3/);
    expect(pdfInfo(file, PASSWORD).Title).toBe('Superbill');
    expect(squash(pdfText(file, { password: PASSWORD }).stdout)).toContain(squash(LEGAL_NAME));
  });

  it('records each export in the audit trail with ids and choices only', async () => {
    await exportAs('letter');
    await exportAs('protected', { password: PASSWORD });
    const entries = listAudit(core.session.db(), 500).filter((e) => e.action === 'superbill.exported');
    expect(entries.length).toBe(exported.size);
    for (const entry of entries) {
      expect(entry).toMatchObject({ entity: 'client', entityId: clientId });
      expect(entry.detail).toMatch(
        /^from=2026-11-01; to=2026-11-30; sessions=4; paper=(Letter|A4); draft=no; protected=(yes|no)$/,
      );
    }
    expect(entries.some((e) => e.detail!.endsWith('protected=yes'))).toBe(true);
  });

  it('runs a year of weekly sessions over pages, the table header on each, no row cut in two', async () => {
    const file = await exportAs('year', { from: '2026-01-01', to: '2026-12-31', paper: 'A4' });
    expect(offered).toContain('superbill-2026.pdf');
    expect(pdfText(file).stdout).toContain('Total charged for 6 sessions');

    // A long history: a second client seen weekly for a year, 52 sessions.
    const { id: weekly } = await call('clients:createEnquiry', {
      chosenName: 'Weekly',
      legalName: 'Wen Weekly',
    });
    await addDiagnoses(call, weekly);
    const [service] = await call('fees:list', {});
    const series = await call('appointments:create', {
      clientId: weekly,
      date: '2025-01-06',
      time: '09:00',
      durationMinutes: 45,
      modality: 'video',
      serviceId: service!.id,
      repeat: { everyWeeks: 1, count: 52 },
    });
    await call('appointments:setStatus', { id: series[0]!.id, scope: 'following', status: 'attended' });
    answer = join(dir, 'long.pdf');
    await call('billing:superbill', { clientId: weekly, from: '2025-01-01', to: '2025-12-31', paper: 'A4' });
    const long = pages(answer);
    expect(long.length).toBeGreaterThan(1);
    long.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${long.length}`);
      expect(page).toContain('CONFIDENTIAL');
      if (i > 0) expect(page).toContain('Superbill · Wen Weekly · 1 Jan 2025 to 31 Dec 2025');
    });
    const tablePages = long.filter((page) => /\d{1,2} [A-Z][a-z]{2} 2025 +10 · Telehealth/.test(page));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toMatch(/DATE OF SERVICE\s+PLACE OF SERVICE\s+CPT CODE/);
    for (const appointment of series) {
      const day = formatShortDate(appointment.localDate);
      const found = long.filter((page) =>
        new RegExp(`${day} +10 · Telehealth +90834 .*\\$150\\.00`).test(page),
      );
      expect(found, day).toHaveLength(1);
    }
    // The signature certifies the totals: it is on their page, never alone on a last one.
    expect(long.find((page) => page.includes('I certify'))).toContain('Balance of these services');
    // The total comes once, after the last line, not at the foot of every page like a subtotal.
    expect(long.join('\n').match(/Total charged for \d+ sessions/g)).toEqual([
      'Total charged for 52 sessions',
    ]);
  });
});

describe('when a superbill cannot be made, or is not saved', () => {
  it('says there is nothing to claim for a period without attended sessions, before asking where to save', async () => {
    const before = offered.length;
    const result = await core.router.call('billing:superbill', {
      clientId,
      from: '2026-06-01',
      to: '2026-06-30',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'There are no attended sessions from 1 June 2026 to 30 June 2026: choose another period, or mark the sessions attended.',
      },
    });
    expect(offered.length).toBe(before);
  });

  it('lists what a superbill lacks and where to add it', async () => {
    const { id } = await call('clients:createEnquiry', { chosenName: 'Sam' });
    const [appointment] = await call('appointments:create', {
      clientId: id,
      date: '2026-11-05',
      time: '10:00',
      durationMinutes: 45,
      modality: 'in-person',
      serviceId: null,
    });
    await call('appointments:setStatus', { id: appointment!.id, status: 'attended' });
    const preview = await call('billing:superbillPreview', { clientId: id, ...PERIOD, paper: 'Letter' });
    expect(preview.client.name).toBe('Sam');
    expect(preview.gaps.map((g) => [g.key, g.where, g.blocking])).toEqual([
      ['fees', 'billing', true],
      ['legalName', 'intake', false],
      ['dateOfBirth', 'intake', false],
      ['diagnoses', 'billing', false],
      ['insurance', 'billing', false],
    ]);
    const refused = await core.router.call('billing:superbill', { clientId: id, ...PERIOD });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: preview.gaps[0]!.message },
    });

    await call('fees:setClientFee', { clientId: id, priceMinor: 9_000 });
    const priced = await call('billing:superbillPreview', { clientId: id, ...PERIOD, paper: 'Letter' });
    expect(priced.gaps.some((g) => g.blocking)).toBe(false);
    expect(priced.services).toEqual([
      {
        date: '2026-11-05',
        placeOfService: '11',
        code: '',
        modifier: '',
        description: 'Therapy session',
        units: 1,
        diagnosisPointer: '',
        feeMinor: 9_000,
        paidMinor: 0,
      },
    ]);
  });

  it('names the practice details a superbill lacks', async () => {
    await call('practice:update', { ...PRACTICE, npi: '', taxId: '', licenceJurisdiction: '' });
    try {
      const preview = await call('billing:superbillPreview', { clientId, ...PERIOD, paper: 'Letter' });
      expect(preview.gaps.map((g) => g.message)).toEqual([
        'Your licence number and where it was issued: add them in Settings → Practice and letterhead.',
        'Your NPI is missing: add it in Settings → Practice and letterhead.',
        'Your tax ID (EIN) is missing: add it in Settings → Practice and letterhead.',
      ]);
    } finally {
      await call('practice:update', PRACTICE);
    }
  });

  it('writes nothing and records nothing when the save dialog is cancelled', async () => {
    const audited = () =>
      listAudit(core.session.db(), 500).filter((e) => e.action === 'superbill.exported').length;
    const before = audited();
    const files = readdirSync(dir).length;
    answer = null;
    expect(await call('billing:superbill', { clientId, ...PERIOD })).toEqual({ status: 'cancelled' });
    expect(audited()).toBe(before);
    expect(readdirSync(dir).length).toBe(files);
  });
});
