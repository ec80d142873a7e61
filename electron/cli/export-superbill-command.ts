import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  superbillRequest,
  type SuperbillDocumentData,
  type SuperbillRequest,
} from '../../shared/billing/superbill-contract';
import { superbillFileName } from '../../shared/billing/superbill-period';
import { BillingService } from '../billing/billing-service';
import { ClientsService } from '../clients/clients-service';
import { AppError } from '../errors/app-error';
import { requireSummaryPage } from '../pdf/renderer-root';
import { SuperbillService } from '../pdf/superbill-service';
import { PracticeService } from '../practice/practice-service';
import { VaultSession } from '../vault/vault-session';
import { UsageError } from './args';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { passphraseToUnlock } from './passphrase';
import { requireVault } from './vault-folder';

type Options = Readonly<Record<string, string | undefined>>;

/** The password for the file, from a variable or a file: never from the command line itself. */
function passwordFrom(options: Options, env: NodeJS.ProcessEnv): string | undefined {
  const variable = options['password-env'];
  const file = options['password-file'];
  if (variable !== undefined && file !== undefined) {
    throw new UsageError('Give either --password-env or --password-file, not both.');
  }
  if (variable !== undefined) {
    const password = env[variable];
    if (!password) throw new UsageError(`The environment variable ${variable} is not set.`);
    return password;
  }
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(file), 'utf8');
    } catch {
      throw new UsageError(`The password file ${file} cannot be read.`);
    }
    // The file's first line is the password; the line break an editor adds is not part of it.
    const password = text.split(/\r?\n/)[0] ?? '';
    if (!password) throw new UsageError(`The password file ${file} is empty.`);
    return password;
  }
  return undefined;
}

/** Everything is checked before the passphrase is asked for, so a typo never costs an unlock. */
function requestFrom(options: Options, env: NodeJS.ProcessEnv): { request: SuperbillRequest; out: string } {
  if (!options.client) throw new UsageError('--client is required: the id of the client.');
  if (!options.from) throw new UsageError('--from is required: the first day of the period (YYYY-MM-DD).');
  if (!options.to) throw new UsageError('--to is required: the last day of the period (YYYY-MM-DD).');
  if (!options.out) throw new UsageError('--out is required: the PDF file to write.');
  const password = passwordFrom(options, env);
  const parsed = superbillRequest.safeParse({
    clientId: options.client,
    from: options.from,
    to: options.to,
    paper: options.paper ?? 'Letter',
    ...(password !== undefined ? { password } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0]);
    const option =
      field === 'clientId'
        ? 'client'
        : field === 'password'
          ? options['password-file'] !== undefined
            ? 'password-file'
            : 'password-env'
          : field;
    throw new UsageError(`--${option}: ${issue.message}`);
  }
  return { request: parsed.data, out: resolve(options.out) };
}

/** The superbill to print; an unknown client is the person's input, not a missing vault. */
function prepare(service: SuperbillService, request: SuperbillRequest): SuperbillDocumentData {
  try {
    return service.prepare(request);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('VALIDATION', `No client with id ${request.clientId} is in this vault.`);
    }
    throw error;
  }
}

export const exportSuperbillCommand: Command = {
  name: 'export-superbill',
  summary: 'Write a superbill for a client and a period as a PDF, for an insurance claim.',
  acceptsJson: true,
  options: {
    client: 'ID',
    from: 'DATE',
    to: 'DATE',
    out: 'FILE',
    paper: 'Letter|A4',
    'password-env': 'VAR',
    'password-file': 'FILE',
  },
  help: `Makes the same superbill the app's "Superbill…" makes (practice letterhead, your licence,
NPI and tax ID, the client's legal name and date of birth, diagnosis codes, one line per attended
session with its place of service, procedure code and fee, the payments received and the totals),
printed by Chromium with the app's fonts, and writes it to FILE. The export is recorded in the
vault's audit log. Details the superbill lacks (an NPI, a date of birth…) are listed on standard
error; a period without attended sessions, or a session without a fee, makes no file.

  --client ID           the client's id (required)
  --from DATE           the first day of the period, YYYY-MM-DD (required)
  --to DATE             the last day of the period, YYYY-MM-DD (required)
  --out FILE            the PDF to write (required); written once, readable by you only.
                        A name with no client name in it is best, e.g. ${superbillFileName({ from: '2026-11-01', to: '2026-11-30' })}
  --paper Letter|A4     paper size (default Letter)
  --password-env VAR    protect the file with AES-256, using the password held in the
                        environment variable VAR
  --password-file FILE  the same, with the password on the first line of FILE
                        (the password itself is never a command-line argument)
  --json                print the result as one JSON object

Needs the built app (npx electron-vite build) and Chromium: /usr/bin/chromium, or the path in
$RAPPORT_CHROMIUM.`,

  async run({ io, vaultDir, json, options }) {
    const { request, out } = requestFrom(options, io.env);
    requireSummaryPage();
    requireVault(vaultDir);
    const passphrase = await passphraseToUnlock(io);
    // Loaded only here: the browser driver is large and no other command needs it.
    const { ChromiumSummaryPrinter } = await import('../pdf/chromium-printer');
    const printer = new ChromiumSummaryPrinter();
    printer.warmUp();
    const session = new VaultSession({ dir: vaultDir });
    try {
      await session.unlock(passphrase);
      const db = () => session.db();
      const service = new SuperbillService(
        {
          db,
          clients: new ClientsService(db, 'command line'),
          practice: new PracticeService(db),
          billing: new BillingService(db),
        },
        null,
      );
      const document = prepare(service, request);
      const saved = await service.saveTo(out, request, printer, document);
      const missing = document.gaps.map((gap) => gap.message);
      if (json) {
        io.stdout.write(`${JSON.stringify({ file: out, ...saved, missing }, null, 2)}\n`);
      } else {
        for (const message of missing) io.stderr.write(`rapport: missing: ${message}\n`);
        io.stdout.write(
          `Saved ${out}: ${saved.sessions} ${saved.sessions === 1 ? 'session' : 'sessions'}, ${saved.pages} ${
            saved.pages === 1 ? 'page' : 'pages'
          }, ${saved.protected ? 'protected with a password (AES-256)' : 'not password-protected'}.\n`,
        );
      }
      return EXIT.ok;
    } finally {
      await printer.close();
      session.lock('quit');
    }
  },
};
