import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../electron/tools/cli/exit-codes';
import { listAudit } from '../../electron/core/db/audit';
import { RENDERER_ROOT } from '../../electron/core/features/pdf/renderer-root';
import { createAppCore, type AppCore } from '../../electron/core/router/app-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { pdfInfo, pdfText, qpdf, squash } from './support/pdf-tools';
import { afterBrowserLine } from './support/browser-line';
import { runCliInMemory } from './support/run-cli-in-memory';
import { LEGAL_NAME, PERIOD, PRACTICE, seedSuperbillClient } from './support/superbill-fixture';
import { STRONG, TEST_KDF } from './support/temp-vault';

const UNKNOWN = '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11';
let dir: string;
let vaultDir: string;
let core: AppCore;
let clientId: string;

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCliInMemory(['export-superbill', '--vault', vaultDir, ...args], {
    RAPPORT_PASSPHRASE: STRONG,
    ...env,
  });
}

const november = () => ['--client', clientId, '--from', PERIOD.from, '--to', PERIOD.to];
/** A request complete but for what a case adds; the unknown client is never reached. */
const complete = ['--client', UNKNOWN, '--from', '2026-11-01', '--to', '2026-11-30', '--out', 'x.pdf'];

beforeAll(async () => {
  if (!existsSync(join(RENDERER_ROOT, 'summary.html'))) {
    throw new Error(
      'out/renderer/summary.html is missing: run `npx electron-vite build` before these tests.',
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'rapport-superbill-cli-'));
  vaultDir = join(dir, 'vault');
  core = createAppCore({ vaultDir, kdf: TEST_KDF });
  await core.session.create(STRONG);
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await core.router.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  ({ clientId } = await seedSuperbillClient(call));
  // The command line opens the vault itself, as it would with the app closed.
  core.session.lock('quit');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('rapport export-superbill', () => {
  it('writes a protected superbill with the password read from a file', async () => {
    const out = join(dir, 'superbill-2026-11.pdf');
    const passwordFile = join(dir, 'password.txt');
    writeFileSync(passwordFile, 'harbour light 2026\n', { mode: 0o600 });
    const result = await run([...november(), '--out', out, '--password-file', passwordFile]);
    expect(result.code).toBe(EXIT.ok);
    expect(afterBrowserLine(result.stderr)).toBe('');
    expect(result.stdout).toBe(`Saved ${out}: 4 sessions, 1 page, protected with a password (AES-256).\n`);
    expect(qpdf(['--requires-password', out]).status).toBe(0);
    const text = pdfText(out, { password: 'harbour light 2026' }).stdout;
    expect(squash(text)).toContain(squash(LEGAL_NAME));
    expect(text).toContain(PRACTICE.npi);
    expect(pdfInfo(out, 'harbour light 2026')['Page size']).toMatch(/\(letter\)/);
  });

  it('takes the password from a variable, the paper as asked, and reports as JSON', async () => {
    const out = join(dir, 'a4.pdf');
    const result = await run(
      [...november(), '--out', out, '--paper', 'A4', '--password-env', 'SB_PW', '--json'],
      {
        SB_PW: 'correct horse 42',
      },
    );
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.stdout)).toEqual({
      file: out,
      pages: 1,
      bytes: expect.any(Number),
      protected: true,
      sessions: 4,
      missing: [],
    });
    expect(result.stdout).not.toContain('correct horse');
    expect(pdfInfo(out, 'correct horse 42')['Page size']).toMatch(/\(A4\)/);
  });

  it('refuses with exit 8 naming what an insurer needs, or writes a draft marked on every page with --draft', async () => {
    const app = createAppCore({ vaultDir, kdf: TEST_KDF });
    await app.session.unlock(STRONG);
    await app.router.call('practice:update', { ...PRACTICE, npi: '' });
    app.session.lock('quit');
    try {
      const refusedOut = join(dir, 'no-npi.pdf');
      const refused = await run([...november(), '--out', refusedOut]);
      expect(refused.code).toBe(EXIT.invalidInput);
      expect(refused.stderr).toContain('Your NPI is missing: add it in Settings → Practice and letterhead.');
      expect(refused.stderr).toContain('Or make a draft');
      expect(existsSync(refusedOut)).toBe(false);

      const out = join(dir, 'no-npi-draft.pdf');
      const result = await run([...november(), '--out', out, '--draft']);
      expect(result.code).toBe(EXIT.ok);
      expect(afterBrowserLine(result.stderr)).toBe(
        'rapport: missing: Your NPI is missing: add it in Settings → Practice and letterhead.\n',
      );
      expect(result.stdout).toMatch(/not password-protected\.\n$/);
      const pages = Number(pdfInfo(out).Pages);
      for (let page = 1; page <= pages; page++) {
        expect(pdfText(out, { page }).stdout).toContain('DRAFT · NOT FOR SUBMISSION');
      }
      expect(pdfText(out).stdout).not.toContain(PRACTICE.npi);
    } finally {
      await app.session.unlock(STRONG);
      await app.router.call('practice:update', PRACTICE);
      app.session.lock('quit');
    }
  });

  it('asks for --allow-non-us before printing this US form for a practice billing in another currency', async () => {
    const app = createAppCore({ vaultDir, kdf: TEST_KDF });
    await app.session.unlock(STRONG);
    const ok = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
      const result = await app.router.call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    // A client never invoiced in dollars, seen once in November at the usual fee.
    const { id } = await ok('clients:createEnquiry', { chosenName: 'Ola', legalName: 'Ola Nordmann' });
    await ok('diagnoses:add', {
      clientId: id,
      diagnosis: {
        system: 'icd10',
        code: 'F43.2',
        title: 'Adjustment disorder',
        rank: 'primary',
        status: 'confirmed',
        madeOn: '2026-11-09',
        resolvedOn: null,
        madeBy: '',
        note: '',
      },
    });
    const [service] = await ok('fees:list', {});
    const [appointment] = await ok('appointments:create', {
      clientId: id,
      date: '2026-11-09',
      time: '10:00',
      durationMinutes: 45,
      modality: 'in-person',
      serviceId: service!.id,
    });
    await ok('appointments:setStatus', { id: appointment!.id, status: 'attended' });
    await ok('billing:updateSettings', { currency: 'GBP' });
    app.session.lock('quit');
    const args = ['--client', id, '--from', PERIOD.from, '--to', PERIOD.to];
    try {
      const refused = await run([...args, '--out', join(dir, 'gbp.pdf')]);
      expect(refused.code).toBe(EXIT.invalidInput);
      expect(refused.stderr).toContain('A superbill is a US insurance form');
      expect(refused.stderr).toContain('this practice bills in GBP');
      expect(existsSync(join(dir, 'gbp.pdf'))).toBe(false);
      const allowed = await run([...args, '--out', join(dir, 'gbp.pdf'), '--allow-non-us']);
      expect(allowed.code).toBe(EXIT.ok);
      expect(pdfText(join(dir, 'gbp.pdf')).stdout).toContain('Amounts in GBP.');
    } finally {
      await app.session.unlock(STRONG);
      await app.router.call('billing:updateSettings', { currency: 'USD' });
      app.session.lock('quit');
    }
  });

  it.each([
    [[], /--client is required/],
    [['--client', UNKNOWN], /--from is required/],
    [['--client', UNKNOWN, '--from', '2026-11-01'], /--to is required/],
    [['--client', UNKNOWN, '--from', '2026-11-01', '--to', '2026-11-30'], /--out is required/],
    [
      ['--client', 'nope', '--from', '2026-11-01', '--to', '2026-11-30', '--out', 'x.pdf'],
      /--client: Unknown client\./,
    ],
    [
      ['--client', UNKNOWN, '--from', '2026-11', '--to', '2026-11-30', '--out', 'x.pdf'],
      /--from: Use a full date\./,
    ],
    [
      ['--client', UNKNOWN, '--from', '2026-12-01', '--to', '2026-11-30', '--out', 'x.pdf'],
      /--to: The end of the period/,
    ],
    [[...complete, '--paper', 'A3'], /--paper/],
    [[...complete, '--password-env', 'UNSET_VAR'], /UNSET_VAR is not set/],
    [
      [...complete, '--password-file', '/nonexistent/pw'],
      /The password file \/nonexistent\/pw cannot be read\./,
    ],
    [
      [...complete, '--password-env', 'A', '--password-file', 'b'],
      /either --password-env or --password-file/,
    ],
  ])('refuses %j with exit code 2 before asking for the passphrase', async (args, message) => {
    const result = await run(args, { RAPPORT_PASSPHRASE: '', A: 'long enough password' });
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a short password from a file, naming the option', async () => {
    const passwordFile = join(dir, 'short.txt');
    writeFileSync(passwordFile, 'short\n');
    const result = await run(
      [...november(), '--out', join(dir, 'short.pdf'), '--password-file', passwordFile],
      {
        RAPPORT_PASSPHRASE: '',
      },
    );
    expect(result).toMatchObject({
      code: EXIT.usage,
      stderr: expect.stringMatching(/--password-file: Use at least 8/),
    });
  });

  it('says so when the client is not in the vault, or the period has nothing to claim, and writes nothing', async () => {
    const out = join(dir, 'nothing.pdf');
    const unknown = await run(['--client', UNKNOWN, '--from', PERIOD.from, '--to', PERIOD.to, '--out', out]);
    expect(unknown.code).toBe(EXIT.invalidInput);
    expect(afterBrowserLine(unknown.stderr)).toBe(
      `rapport: No client with id ${UNKNOWN} is in this vault.\n`,
    );
    const empty = await run([
      '--client',
      clientId,
      '--from',
      '2026-06-01',
      '--to',
      '2026-06-30',
      '--out',
      out,
    ]);
    expect(empty.code).toBe(EXIT.invalidInput);
    expect(empty.stderr).toMatch(/There are no attended sessions from 1 June 2026 to 30 June 2026/);
    expect(existsSync(out)).toBe(false);
  });

  it('fails cleanly when the folder for the file does not exist, leaving no partial file', async () => {
    const result = await run([...november(), '--out', join(dir, 'missing-folder', 'superbill.pdf')]);
    expect(result.code).toBe(EXIT.io);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('records each superbill written, as the app does', async () => {
    await core.session.unlock(STRONG);
    try {
      const entries = listAudit(core.session.db(), 500).filter(
        (e) => e.action === 'superbill.exported' && e.entityId === clientId,
      );
      expect(entries.length).toBe(3);
      for (const entry of entries) expect(entry).toMatchObject({ entity: 'client', entityId: clientId });
      expect(entries.filter((e) => e.detail!.includes('draft=yes'))).toHaveLength(1);
    } finally {
      core.session.lock('quit');
    }
  });
});
