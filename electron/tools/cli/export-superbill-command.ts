import {
  superbillRequest,
  type SuperbillDocumentData,
  type SuperbillRequest,
} from '../../../shared/billing/superbill-contract';
import { superbillFileName } from '../../../shared/billing/superbill-period';
import { AppError } from '../../core/base/app-error';
import { SuperbillService } from '../../core/features/pdf/superbill-service';
import { UsageError } from './args';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { outFileFrom, passwordOptionName, pdfPasswordFrom } from './pdf-file-options';
import { PRINTING_NEEDS, withPrintingVault } from './printing-vault-session';

type Options = Readonly<Record<string, string | undefined>>;

/** Everything is checked before the passphrase is asked for, so a typo never costs an unlock. */
function requestFrom(options: Options, env: NodeJS.ProcessEnv): { request: SuperbillRequest; out: string } {
  if (!options.client) throw new UsageError('--client is required: the id of the client.');
  if (!options.from) throw new UsageError('--from is required: the first day of the period (YYYY-MM-DD).');
  if (!options.to) throw new UsageError('--to is required: the last day of the period (YYYY-MM-DD).');
  const out = outFileFrom(options);
  const password = pdfPasswordFrom(options, env);
  const parsed = superbillRequest.safeParse({
    clientId: options.client,
    from: options.from,
    to: options.to,
    paper: options.paper ?? 'Letter',
    draft: options.draft === 'yes',
    allowNonUs: options['allow-non-us'] === 'yes',
    ...(password !== undefined ? { password } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0]);
    const option =
      field === 'clientId' ? 'client' : field === 'password' ? passwordOptionName(options) : field;
    throw new UsageError(`--${option}: ${issue.message}`);
  }
  return { request: parsed.data, out };
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
  flags: ['draft', 'allow-non-us'],
  help: `Makes the same superbill the app's "Superbill…" makes (practice letterhead, your licence,
NPI and tax ID, the client's legal name and date of birth, diagnosis codes, one line per attended
session with its place of service, procedure code and fee, the payments received and the totals),
printed by Chromium with the app's fonts, and writes it to FILE. The export is recorded in the
vault's audit log. Details the superbill lacks (a date of birth, the insurer…) are listed on standard
error; a period without attended sessions, or a session without a fee, makes no file. Without a
diagnosis code or the provider's identifiers (name, licence, NPI, tax ID) an insurer rejects the
claim: the command names what is missing and exits with 8, unless --draft asks for a draft,
marked DRAFT on every page. A superbill is a US insurance form: for a practice that does not
bill in USD it is printed only with --allow-non-us.

  --client ID           the client's id (required)
  --from DATE           the first day of the period, YYYY-MM-DD (required)
  --to DATE             the last day of the period, YYYY-MM-DD (required)
  --out FILE            the PDF to write (required); written once, readable by you only.
                        A name with no client name in it is best, e.g. ${superbillFileName({ from: '2026-11-01', to: '2026-11-30' })}
  --paper Letter|A4     paper size (default Letter)
  --draft               make a draft, marked DRAFT on every page, even though an insurer
                        would reject it (no diagnosis code, or the provider's identifiers missing)
  --allow-non-us        print this US form although the practice does not bill in USD
  --password-env VAR    protect the file with AES-256, using the password held in the
                        environment variable VAR
  --password-file FILE  the same, with the password on the first line of FILE
                        (the password itself is never a command-line argument)
  --json                print the result as one JSON object

${PRINTING_NEEDS}`,

  async run({ io, vaultDir, json, options, dependencies: { printing } }) {
    const { request, out } = requestFrom(options, io.env);
    return withPrintingVault(io, vaultDir, printing, async ({ superbills: service }, printer) => {
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
    });
  },
};
