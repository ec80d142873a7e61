import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { EXIT } from '../../electron/tools/cli/exit-codes';
import { pdfInfo, pdfText, qpdf, squash } from './support/pdf-tools';
import { afterBrowserLine } from './support/browser-line';
import { runCliInMemory } from './support/run-cli-in-memory';
import { CHOSEN_NAME, SCRIPTS } from './support/summary-fixture';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';
import { STRONG } from './support/temp-vault';

let vault: SummaryVault;
let vaultDir: string;

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCliInMemory(['export-pdf', '--vault', vaultDir, ...args], { RAPPORT_PASSPHRASE: STRONG, ...env });
}

/** The details of the vault's summary exports, newest first, read with the vault unlocked for a moment. */
async function exportsAudited(): Promise<string[]> {
  await vault.core.session.unlock(STRONG);
  try {
    return listAudit(vault.core.session.db(), { actionPrefix: 'summary.exported', limit: 100 }).map(
      (entry) => entry.detail ?? '',
    );
  } finally {
    vault.core.session.lock('quit');
  }
}

beforeAll(async () => {
  vault = await openSummaryVault({ sessions: 6 });
  vaultDir = join(vault.dir, 'vault');
  // The command line opens the vault itself, as it would with the app closed.
  vault.core.session.lock('quit');
});

afterAll(() => vault?.close());

describe('rapport export-pdf', () => {
  it('writes a protected summary with the password taken from the named variable', async () => {
    const out = join(vault.dir, 'summary.pdf');
    const result = await run(
      ['--client', vault.clientId, '--out', out, '--password-env', 'SUMMARY_PW', '--paper', 'Letter'],
      { SUMMARY_PW: 'correct horse 42' },
    );
    expect(result.code).toBe(EXIT.ok);
    expect(afterBrowserLine(result.stderr)).toBe('');
    expect(result.stdout).toMatch(
      /^Saved .*summary\.pdf: \d+ pages?, protected with a password \(AES-256\)\.\n$/,
    );
    expect(result.stdout).not.toContain('correct horse');
    expect(qpdf(['--requires-password', out]).status).toBe(0);
    expect(pdfInfo(out, 'correct horse 42')['Page size']).toMatch(/\(letter\)/);
    expect(squash(pdfText(out, { password: 'correct horse 42' }).stdout)).toContain(squash(SCRIPTS.arabic));
  });

  it('writes only the chosen sections, unprotected, and reports as JSON', async () => {
    const out = join(vault.dir, 'goals-only.pdf');
    const result = await run([
      '--client',
      vault.clientId,
      '--out',
      out,
      '--sections',
      'goals,status',
      '--json',
    ]);
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: out, protected: false });
    const text = pdfText(out).stdout;
    expect(text).toContain('Goals');
    expect(text).not.toContain(CHOSEN_NAME);
    expect(text).not.toContain('Session history');
  });

  it('starts from a purpose as the app does, and records it with the export as the app does', async () => {
    const out = join(vault.dir, 'insurer.pdf');
    const result = await run(['--client', vault.clientId, '--out', out, '--purpose', 'third-party']);
    expect(result.code).toBe(EXIT.ok);
    const text = squash(pdfText(out).stdout);
    expect(text).toContain(squash('Legal name'));
    expect(text).toContain(squash('Session history'));
    for (const absent of ['Cultural background', 'Progress and alliance charts']) {
      expect(text, absent).not.toContain(squash(absent));
    }
    expect((await exportsAudited())[0]).toBe(
      'purpose=third-party; sections=identity,legalName,status,diagnoses,risk,goals,sessions; from=start; to=now; paper=A4; ruptures=no; protected=no',
    );
  });

  it('lets --sections change what a purpose chose, still recording the purpose', async () => {
    const out = join(vault.dir, 'client-goals.pdf');
    const result = await run([
      '--client',
      vault.clientId,
      '--out',
      out,
      '--purpose',
      'client',
      '--sections',
      'goals,sessions',
    ]);
    expect(result.code).toBe(EXIT.ok);
    expect((await exportsAudited())[0]).toBe(
      'purpose=client; sections=goals,sessions; from=start; to=now; paper=A4; protected=no',
    );
  });

  it('refuses an unknown purpose as a usage error, naming the ones there are, and writes nothing', async () => {
    const before = await exportsAudited();
    const out = join(vault.dir, 'unknown-purpose.pdf');
    const result = await run(['--client', vault.clientId, '--out', out, '--purpose', 'insurer']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(
      /--purpose: there is no purpose "insurer"; choose one of client, clinician, third-party\./,
    );
    expect(existsSync(out)).toBe(false);
    expect(await exportsAudited()).toEqual(before);
  });

  it.each([
    [[], /--client is required/],
    [['--client', '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11'], /--out is required/],
    [['--client', 'nope', '--out', 'x.pdf'], /--client: Unknown client\./],
    [
      ['--client', '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11', '--out', 'x.pdf', '--sections', 'identity,gossip'],
      /--sections/,
    ],
    [['--client', '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11', '--out', 'x.pdf', '--paper', 'A3'], /--paper/],
    [
      ['--client', '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11', '--out', 'x.pdf', '--password-env', 'UNSET_VAR'],
      /UNSET_VAR is not set/,
    ],
    [
      [
        '--client',
        '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11',
        '--out',
        'x.pdf',
        '--from',
        '2025-02-01',
        '--to',
        '2025-01-01',
      ],
      /--to: The end of the period/,
    ],
  ])('refuses %j with exit code 2 before asking for the passphrase', async (args, message) => {
    const result = await run(args, { RAPPORT_PASSPHRASE: '' });
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(message);
  });

  it('says so when the client is not in the vault, and writes nothing', async () => {
    const out = join(vault.dir, 'nobody.pdf');
    const result = await run(['--client', '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11', '--out', out]);
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.stderr).toMatch(
      /No client with id 6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11 is in this vault\./,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('says which browser it prints with, and what to do when there is none, before asking for the passphrase', async () => {
    const out = join(vault.dir, 'no-browser.pdf');
    const missing = join(vault.dir, 'no-such-browser');
    const result = await run(['--client', vault.clientId, '--out', out], {
      RAPPORT_PASSPHRASE: '',
      RAPPORT_CHROMIUM: missing,
    });
    expect(result.code).toBe(EXIT.io);
    expect(result.stderr).toBe(
      `rapport: RAPPORT_CHROMIUM names ${missing}, which is not a file. Set it to the browser's program itself, or unset it to let Rapport look for Chrome, Chromium, Edge or Brave.\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('fails cleanly when the folder for the file does not exist, leaving no partial file', async () => {
    const out = join(vault.dir, 'missing-folder', 'summary.pdf');
    const result = await run(['--client', vault.clientId, '--out', out]);
    expect(result.code).toBe(EXIT.io);
    expect(readdirSync(vault.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
