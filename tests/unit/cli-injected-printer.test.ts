import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/base/app-error';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { browserOnThisComputer } from '../../electron/core/features/pdf/find-browser';
import type { CliPrinting, ClosablePrinter } from '../../electron/tools/cli/cli-printing';
import { EXIT } from '../../electron/tools/cli/exit-codes';
import { runCli } from '../../electron/tools/cli/run-cli';
import { pdfInfo, pdfText } from './support/pdf-tools';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';
import { STRONG } from './support/temp-vault';

/*
 * The command line prints with whatever printer its entry point hands it: the installed app hands
 * it Electron's own Chromium, which cannot run here. These tests hand it a printer of their own
 * (the real Chromium printer, under another description) and check that the PDF comes from it.
 */

let vault: SummaryVault;
let vaultDir: string;

beforeAll(async () => {
  vault = await openSummaryVault({ sessions: 2 });
  vaultDir = join(vault.dir, 'vault');
  vault.core.session.lock('quit');
});

afterAll(() => vault?.close());

interface Calls {
  found: number;
  opened: number;
  printed: number;
  closed: number;
}

/** The real Chromium printer behind a description of its own, counting what the command asks of it. */
function injectedPrinting(calls: Calls): CliPrinting {
  return {
    find() {
      calls.found += 1;
      return {
        description: 'the injected printer (a test of the seam)',
        async open(): Promise<ClosablePrinter> {
          calls.opened += 1;
          const real = new ChromiumSummaryPrinter({ executablePath: browserOnThisComputer().path });
          return {
            async print(document) {
              calls.printed += 1;
              return real.print(document);
            },
            async close() {
              calls.closed += 1;
              await real.close();
            },
          };
        },
      };
    },
  };
}

/** A printing that cannot print on this computer, as the app's would be before it has a window system. */
const refusingPrinting = (calls: Calls): CliPrinting => ({
  find() {
    calls.found += 1;
    throw new AppError('INTERNAL', 'This printer cannot print here.');
  },
});

async function run(argv: string[], printing: CliPrinting, env: NodeJS.ProcessEnv) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await runCli(argv, { env, stdin: new PassThrough(), stdout, stderr }, { printing });
  return { code, stdout: out, stderr: err };
}

const fresh = (): Calls => ({ found: 0, opened: 0, printed: 0, closed: 0 });

describe('the command line prints with the printer it is given', () => {
  it('export-pdf prints a real PDF through the injected printer, says so, and closes it', async () => {
    const calls = fresh();
    const out = join(vault.dir, 'injected.pdf');
    const result = await run(
      ['export-pdf', '--vault', vaultDir, '--client', vault.clientId, '--out', out, '--sections', 'goals'],
      injectedPrinting(calls),
      { RAPPORT_PASSPHRASE: STRONG },
    );
    expect(result.stderr).toBe('Printing with the injected printer (a test of the seam).\n');
    expect(result.code).toBe(EXIT.ok);
    expect(calls).toEqual({ found: 1, opened: 1, printed: 1, closed: 1 });
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(pdfInfo(out).Pages)).toBeGreaterThanOrEqual(1);
    expect(pdfText(out).stdout).toContain('Goals');
  });

  it('asks the printer before the passphrase, so a computer that cannot print is told at once', async () => {
    const calls = fresh();
    const out = join(vault.dir, 'never.pdf');
    // No passphrase and no terminal: had the passphrase come first, this would be a usage error.
    const result = await run(
      ['export-pdf', '--vault', vaultDir, '--client', vault.clientId, '--out', out],
      refusingPrinting(calls),
      {},
    );
    expect(result.code).toBe(EXIT.internal);
    expect(result.stderr).toBe('rapport: This printer cannot print here.\n');
    expect(calls.found).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('a command that prints nothing never touches the printer', async () => {
    const calls = fresh();
    const result = await run(['info', '--vault', vaultDir, '--json'], refusingPrinting(calls), {
      RAPPORT_PASSPHRASE: STRONG,
    });
    expect(result.code).toBe(EXIT.ok);
    expect(calls.found).toBe(0);
  });
});
