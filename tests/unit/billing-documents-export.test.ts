import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { RENDERER_ROOT } from '../../electron/core/features/pdf/renderer-root';
import { createAppCore, type AppCore } from '../../electron/core/router/app-core';
import { formatMoney } from '../../shared/billing/money';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { formatDate, formatShortDate } from '../../shared/dates/format-date';
import { expectNeutralMetadata } from './support/pdf-metadata';
import { pdfInfo, pdfText, squash } from './support/pdf-tools';
import { CHOSEN_NAME, LEGAL_NAME, PERIOD, PRACTICE, seedSuperbillClient } from './support/superbill-fixture';
import { STRONG, TEST_KDF } from './support/temp-vault';

const usd = (minor: number) => formatMoney(minor, 'USD', 'en');
const PAYMENT_DETAILS = 'Bank transfer to Harbour Light Therapy\nAccount 0012 3456 7890, routing 121000358';
const TAX_WORDING = 'Psychotherapy services are exempt from sales tax.';
const PASSWORD = 'harbour light 2026';

let dir: string;
let core: AppCore;
let printer: ChromiumSummaryPrinter;
let clientId: string;
let answer: string | null = null;
const offered: string[] = [];

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.router.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function failure<C extends Channel>(channel: C, input: ChannelInput<C>) {
  const result = await core.router.call(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
}

/** The stand-in save dialog answers `name`, and the channel's PDF is read back as text. */
async function saveAs<C extends 'billing:invoicePdf' | 'billing:receiptPdf' | 'billing:statementPdf'>(
  name: string,
  channel: C,
  input: ChannelInput<C>,
): Promise<string> {
  answer = join(dir, name);
  const result = await call(channel, input);
  expect(result).toMatchObject({ status: 'saved', fileName: name });
  return answer;
}

beforeAll(async () => {
  if (!existsSync(join(RENDERER_ROOT, 'summary.html'))) {
    throw new Error(
      'out/renderer/summary.html is missing: run `npx electron-vite build` before these tests.',
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'rapport-bills-test-'));
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
  // An invoice before November and one after it, so the statement has both sides to leave out.
  const book = async (date: string) => {
    const [appointment] = await call('appointments:create', {
      clientId,
      date,
      time: '09:00',
      durationMinutes: 45,
      modality: 'in-person',
    });
    await call('appointments:setStatus', { id: appointment!.id, status: 'attended', reason: '' });
    return appointment!.id;
  };
  await call('invoices:create', {
    clientId,
    appointmentIds: [await book('2026-10-06')],
    issuedOn: '2026-10-07',
  });
  await call('invoices:create', {
    clientId,
    appointmentIds: [await book('2026-12-08')],
    issuedOn: '2026-12-09',
  });
  await call('billing:updateDocumentSettings', { paymentDetails: PAYMENT_DETAILS, taxWording: TAX_WORDING });
}, 120_000);

afterAll(async () => {
  await printer?.close();
  core?.session.lock('quit');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('payment details and tax wording', () => {
  it('are kept once for every bill, trimmed', async () => {
    expect(await call('billing:documentSettings', {})).toEqual({
      paymentDetails: PAYMENT_DETAILS,
      taxWording: TAX_WORDING,
    });
  });
});

/*
 * The client's account, as the fixture and the two invoices above make it (the client's fee is
 * 120.00 after the sliding scale): before November, invoice of 7 Oct 120.00 and 10.00 paid on
 * 30 Oct; in November, invoices of 10 Nov (500.00) and 25 Nov (120.00), and payments 350.00,
 * 50.00 (insurer), 50.00 and 120.00; after it, 2 Dec's 20.00 and 9 Dec's invoice of 120.00.
 */
const NOVEMBER = { opening: 11_000, services: 62_000, payments: 57_000, closing: 16_000 };

describe('the statement of account', () => {
  it('has the opening balance of everything before the period, and closing = opening + services − payments', async () => {
    const file = await saveAs('statement-2026-11.pdf', 'billing:statementPdf', { clientId, ...PERIOD });
    expect(offered.at(-1)).toBe('statement-2026-11.pdf');
    const text = squash(pdfText(file, { layout: true }).stdout);
    expect(NOVEMBER.opening + NOVEMBER.services - NOVEMBER.payments).toBe(NOVEMBER.closing);
    expect(text).toContain(squash(`Opening balance ${usd(NOVEMBER.opening)}`));
    expect(text).toContain(squash(`Services ${usd(NOVEMBER.services)}`));
    expect(text).toContain(squash(`Payments ${usd(NOVEMBER.payments)}`));
    expect(text).toContain(squash(`Closing balance ${usd(NOVEMBER.closing)}`));
    expect(text).toContain(squash(`${formatDate(PERIOD.from)} to ${formatDate(PERIOD.to)}`));
    expect(squash(pdfText(file).stdout)).toContain(squash(LEGAL_NAME));
  });

  it('lists each charge on its invoice’s day and each payment, with the balance after each, and nothing outside the period', async () => {
    const text = pdfText(join(dir, 'statement-2026-11.pdf'), { layout: true }).stdout;
    const rows = text.split('\n').map(squash);
    const row = (date: string, ...parts: string[]) =>
      rows.some(
        (r) => r.startsWith(squash(formatShortDate(date))) && parts.every((p) => r.includes(squash(p))),
      );
    // The 10 Nov invoice's three lines: 110.00 + 150.00, +200.00, +150.00.
    expect(row('2026-11-10', 'Individual therapy', usd(15_000), usd(26_000))).toBe(true);
    expect(row('2026-11-10', 'Intake assessment', usd(20_000), usd(46_000))).toBe(true);
    expect(row('2026-11-12', 'Payment · Card', usd(35_000), usd(26_000))).toBe(true);
    expect(row('2026-11-20', 'Payment · Insurance', usd(5_000))).toBe(true);
    expect(row('2026-11-29', 'Payment · Card', usd(12_000), usd(NOVEMBER.closing))).toBe(true);
    for (const outside of ['2026-10-07', '2026-10-30', '2026-12-02', '2026-12-09']) {
      expect(
        rows.some((r) => r.startsWith(squash(formatShortDate(outside)))),
        outside,
      ).toBe(false);
    }
  });

  it('carries the letterhead, how to pay and the tax wording', async () => {
    const text = pdfText(join(dir, 'statement-2026-11.pdf')).stdout;
    for (const part of [
      PRACTICE.practiceName,
      '2100 Bay Street, Suite 4',
      ...PAYMENT_DETAILS.split('\n'),
      TAX_WORDING,
    ]) {
      expect(text, part).toContain(part);
    }
  });

  it('opens December with November’s closing balance', async () => {
    const file = await saveAs('statement-2026-12.pdf', 'billing:statementPdf', {
      clientId,
      from: '2026-12-01',
      to: '2026-12-31',
    });
    const text = squash(pdfText(file, { layout: true }).stdout);
    expect(text).toContain(squash(`Opening balance ${usd(NOVEMBER.closing)}`));
    expect(text).toContain(squash(`Closing balance ${usd(NOVEMBER.closing + 12_000 - 2_000)}`));
  });

  it('names no client in its file name or its properties', () => {
    for (const name of ['statement-2026-11.pdf', 'statement-2026-12.pdf']) {
      expect(name).not.toContain(CHOSEN_NAME);
      expectNeutralMetadata(join(dir, name), 'Statement of account', [CHOSEN_NAME, LEGAL_NAME, 'Nguy']);
    }
  });
});

describe('the invoice and the receipt', () => {
  it('prints the invoice with its number, dates, lines, totals and how to pay, under its number', async () => {
    const [invoice] = (await call('invoices:list', { clientId })).filter((i) => i.issuedOn === '2026-11-10');
    const file = await saveAs(`invoice-${invoice!.number}.pdf`, 'billing:invoicePdf', {
      invoiceId: invoice!.id,
    });
    expect(offered.at(-1)).toBe(`invoice-${invoice!.number}.pdf`);
    const text = squash(pdfText(file, { layout: true }).stdout);
    for (const part of [
      `Invoice ${invoice!.number}`,
      `Issued ${formatDate('2026-11-10')}`,
      `Due ${formatDate(invoice!.dueOn)}`,
      `Total ${usd(50_000)}`,
      `Paid ${usd(invoice!.paidMinor)}`,
      `Balance due ${usd(50_000 - invoice!.paidMinor)}`,
      TAX_WORDING,
    ]) {
      expect(text, part).toContain(squash(part));
    }
    expect(text).toContain(squash(`${formatShortDate('2026-11-03')} Intake assessment 90791 ${usd(20_000)}`));
    expectNeutralMetadata(file, 'Invoice', [CHOSEN_NAME, LEGAL_NAME]);
  });

  it('prints a receipt for one payment, password-protected, named by its day', async () => {
    const payment = (await call('payments:list', { clientId })).find((p) => p.receivedOn === '2026-11-12')!;
    const file = await saveAs('receipt-2026-11-12.pdf', 'billing:receiptPdf', {
      paymentId: payment.id,
      password: PASSWORD,
    });
    expect(offered.at(-1)).toBe('receipt-2026-11-12.pdf');
    expect(pdfInfo(file, PASSWORD)).toMatchObject({ Encrypted: expect.stringContaining('AES-256') });
    expect(pdfText(file).status).not.toBe(0);
    const text = squash(pdfText(file, { password: PASSWORD, layout: true }).stdout);
    for (const part of [
      `Amount ${usd(35_000)}`,
      `Date received ${formatDate('2026-11-12')}`,
      'Method Card',
      'Towards Invoice 2026-0',
    ]) {
      expect(text, part).toContain(squash(part));
    }
  });

  it('audits each export by ids and counts, never a name or an amount', () => {
    const entries = listAudit(core.session.db(), 500).filter((e) => e.action.endsWith('.exported'));
    expect(entries.map((e) => e.action).sort()).toEqual([
      'invoice.exported',
      'receipt.exported',
      'statement.exported',
      'statement.exported',
    ]);
    for (const entry of entries) {
      const shown = JSON.stringify(entry);
      for (const secret of [CHOSEN_NAME, LEGAL_NAME, '350.00', '35000', PASSWORD])
        expect(shown).not.toContain(secret);
    }
  });
});

describe('a batch of statements into a folder', () => {
  it('plans one file per client with activity, writes each, and never replaces a file', async () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    const { id: quiet } = await call('clients:createEnquiry', { chosenName: 'No activity' });
    const plan = await call('billing:statementBatchPlan', { ...PERIOD, folder });
    expect(plan).toEqual({
      clients: [
        { clientId, chosenName: CHOSEN_NAME, fileName: `statement-2026-11-${clientId.slice(0, 8)}.pdf` },
      ],
      existing: [],
    });
    expect(plan.clients.map((c) => c.clientId)).not.toContain(quiet);
    const saved = await call('billing:statementToFolder', { clientId, ...PERIOD, folder });
    expect(saved.fileName).toBe(plan.clients[0]!.fileName);
    const text = squash(pdfText(join(folder, saved.fileName), { layout: true }).stdout);
    expect(text).toContain(squash(`Closing balance ${usd(NOVEMBER.closing)}`));

    expect((await call('billing:statementBatchPlan', { ...PERIOD, folder })).existing).toEqual([
      saved.fileName,
    ]);
    const before = readdirSync(folder);
    const refused = await failure('billing:statementToFolder', { clientId, ...PERIOD, folder });
    expect(refused.code).toBe('CONFLICT');
    expect(readdirSync(folder)).toEqual(before);
  });

  it('refuses a folder that is not there', async () => {
    const gone = join(dir, 'gone');
    expect((await failure('billing:statementBatchPlan', { ...PERIOD, folder: gone })).code).toBe(
      'VALIDATION',
    );
    writeFileSync(join(dir, 'a-file'), '');
    expect(
      (await failure('billing:statementBatchPlan', { ...PERIOD, folder: join(dir, 'a-file') })).code,
    ).toBe('VALIDATION');
  });
});
