import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { exportRequest } from '../../shared/summary/summary-contract';
import { SECTION_KEYS, type SectionKey } from '../../shared/summary/summary-sections';
import { pdfText, squash } from './support/pdf-tools';
import { LEGAL_NAME } from './support/summary-fixture';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';

/*
 * The printer readies the next print's page while nobody waits. That page must never have held a
 * document: each print starts from a blank page, and a printer closed while a page is being
 * readied stops cleanly (an unhandled rejection would fail this file).
 */

let vault: SummaryVault;

beforeAll(async () => {
  vault = await openSummaryVault({ sessions: 4 });
});

afterAll(() => vault?.close());

async function print(printer: ChromiumSummaryPrinter, name: string, sections: SectionKey[]): Promise<string> {
  const file = join(vault.dir, name);
  await vault.service().saveTo(file, exportRequest.parse({ clientId: vault.clientId, sections }), printer);
  const read = pdfText(file);
  expect(read.status).toBe(0);
  return squash(read.stdout);
}

describe('the printer keeps a blank page ready', () => {
  it('prints each document on a page that held no earlier one', async () => {
    const printer = new ChromiumSummaryPrinter();
    printer.warmUp();
    try {
      const everything = await print(printer, 'everything.pdf', [...SECTION_KEYS]);
      expect(everything).toContain(squash(LEGAL_NAME));
      const identityOnly = await print(printer, 'identity.pdf', ['identity']);
      expect(identityOnly).not.toContain(squash(LEGAL_NAME));
      const again = await print(printer, 'again.pdf', [...SECTION_KEYS]);
      expect(again).toBe(everything);
    } finally {
      await printer.close();
    }
  });

  it('closes cleanly while the next page is being readied, and prints again after', async () => {
    const printer = new ChromiumSummaryPrinter();
    try {
      await print(printer, 'first.pdf', ['identity']);
      await printer.close();
      const after = await print(printer, 'after-close.pdf', ['identity', 'legalName']);
      expect(after).toContain(squash(LEGAL_NAME));
    } finally {
      await printer.close();
    }
  });
});
