import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { createRecordServices } from '../../electron/core/router/services';
import { inLocale } from '../../shared/dates/app-locale';
import { formatDate, formatShortDate } from '../../shared/dates/format-date';
import { exportRequest } from '../../shared/summary/summary-contract';
import { pdfText, squash } from './support/pdf-tools';
import { DATE_OF_BIRTH, FIRST_SESSION } from './support/summary-fixture';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';

let vault: SummaryVault;
let printer: ChromiumSummaryPrinter;

/** The summary as the app on a machine in `locale` prints it: the core is given the system's locale. */
async function printedIn(locale: string): Promise<string> {
  const services = createRecordServices(() => vault.core.session.db(), { locale: () => locale });
  const path = join(vault.dir, `summary-${locale}.pdf`);
  await services.summary.saveTo(path, exportRequest.parse({ clientId: vault.clientId }), printer);
  return squash(pdfText(path).stdout);
}

beforeAll(async () => {
  vault = await openSummaryVault({ sessions: 3 });
  printer = new ChromiumSummaryPrinter();
});

afterAll(async () => {
  await printer?.close();
  vault?.close();
});

describe('a summary written in the system locale, as the screens are', () => {
  it.each(['en-US', 'en-GB'])(
    '%s',
    async (locale) => {
      const other = locale === 'en-US' ? 'en-GB' : 'en-US';
      const text = await printedIn(locale);
      // Written by the main side (the identity facts) and by the printed page (the session list).
      expect(text).toContain(squash(inLocale(locale, () => formatDate(DATE_OF_BIRTH))));
      expect(text).toContain(squash(inLocale(locale, () => formatShortDate(FIRST_SESSION))));
      expect(text).not.toContain(squash(inLocale(other, () => formatDate(DATE_OF_BIRTH))));
      expect(text).not.toContain(squash(inLocale(other, () => formatShortDate(FIRST_SESSION))));
    },
    180_000,
  );
});
