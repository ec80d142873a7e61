import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { expect, makeTempDir, test } from './fixtures';
import { walkFirstHour } from './first-hour-path';

test('the first hour: from install to a signed note, a search hit and a saved summary', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const { page } = await openApp({
    summaryExport: { printer, choosePath: async (suggested) => join(saveDir, suggested) },
  });
  try {
    const fileName = await walkFirstHour(page, (_name, action) => action());
    expect(readFileSync(join(saveDir, fileName)).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});
