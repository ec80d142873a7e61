import { exportRequest, type ExportRequest } from '../../../shared/summary/summary-contract';
import { CULTURAL_DOMAIN_KEYS, SECTION_KEYS } from '../../../shared/summary/summary-sections';
import {
  PURPOSE_KEYS,
  purposeChoices,
  SUMMARY_PURPOSES,
  type SummaryPurpose,
} from '../../../shared/summary/summary-purposes';
import { AppError } from '../../core/base/app-error';
import { defaultSummaryFileName } from '../../core/features/pdf/default-file-name';
import { UsageError } from './args';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { outFileFrom, passwordOptionName, pdfPasswordFrom } from './pdf-file-options';
import { PRINTING_NEEDS, withPrintingVault } from './printing-vault-session';

type Options = Readonly<Record<string, string | undefined>>;

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

function purposeFrom(value: string | undefined): SummaryPurpose | undefined {
  if (value === undefined) return undefined;
  const purpose = PURPOSE_KEYS.find((key) => key === value);
  if (!purpose) {
    throw new UsageError(
      `--purpose: there is no purpose "${value}"; choose one of ${PURPOSE_KEYS.join(', ')}.`,
    );
  }
  return purpose;
}

function purposeLines(): string {
  return SUMMARY_PURPOSES.map(
    (p) => `${' '.repeat(24)}${p.key.padEnd(13)}${p.title.toLowerCase()} (${p.hint.toLowerCase()})`,
  ).join('\n');
}

/**
 * Everything is checked before the passphrase is asked for, so a typo never costs an unlock. The
 * password itself never appears on the command line (where other users and shell history see it):
 * only the name of the environment variable holding it.
 */
function requestFrom(options: Options, env: NodeJS.ProcessEnv): { request: ExportRequest; out: string } {
  if (!options.client) throw new UsageError('--client is required: the id of the client to summarise.');
  const out = outFileFrom(options);
  const password = pdfPasswordFrom(options, env);
  const purpose = purposeFrom(options.purpose);
  // As in the app, a purpose is a starting point: --sections and --cultural still change it.
  const start = purpose ? { ...purposeChoices(purpose), purpose } : {};
  const parsed = exportRequest.safeParse({
    clientId: options.client,
    ...start,
    ...(options.sections !== undefined ? { sections: list(options.sections) } : {}),
    ...(options.cultural !== undefined ? { culturalDomains: list(options.cultural) } : {}),
    from: options.from ?? '',
    to: options.to ?? '',
    paper: options.paper ?? 'A4',
    ...(password !== undefined ? { password } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const option = { clientId: 'client', culturalDomains: 'cultural', password: passwordOptionName(options) }[
      String(issue.path[0])
    ];
    throw new UsageError(`--${option ?? String(issue.path[0])}: ${issue.message}`);
  }
  return { request: parsed.data, out };
}

export const exportPdfCommand: Command = {
  name: 'export-pdf',
  summary: 'Write a client summary as a PDF, optionally protected with a password.',
  acceptsJson: true,
  options: {
    client: 'ID',
    out: 'FILE',
    purpose: PURPOSE_KEYS.join('|'),
    sections: 'LIST',
    cultural: 'LIST',
    from: 'DATE',
    to: 'DATE',
    paper: 'A4|Letter',
    'password-env': 'VAR',
  },
  help: `Makes the same client summary the app's "Export summary" makes, with the same document,
styles and bundled fonts, printed by Chromium, and writes it to FILE. Private process notes are
never part of it. The export is recorded in the vault's audit log.

  --client ID         the client's id (required)
  --out FILE          the PDF to write (required); written once, readable by you only.
                      A name with no client name in it is best, e.g. ${defaultSummaryFileName('2026-01-31')}
  --purpose NAME      who the summary is for, choosing the sections as the app's presets do:
${purposeLines()}
                      --sections and --cultural, if given, replace its choice; the purpose is
                      recorded with the export in the audit log
  --sections LIST     comma-separated, from: ${SECTION_KEYS.join(', ')}
                      (default: every section except legalName and contact)
  --cultural LIST     the cultural domains to print (default: all): ${CULTURAL_DOMAIN_KEYS.join(', ')}
  --from DATE         leave out sessions and ratings before this day (YYYY-MM-DD)
  --to DATE           leave out sessions and ratings after this day (YYYY-MM-DD)
  --paper A4|Letter   paper size (default A4)
  --password-env VAR  protect the file with AES-256, using the password held in the environment
                      variable VAR (the password itself is never a command-line argument)
  --json              print the result as one JSON object

${PRINTING_NEEDS}`,

  async run({ io, vaultDir, json, options, dependencies: { printing } }) {
    const { request, out } = requestFrom(options, io.env);
    return withPrintingVault(io, vaultDir, printing, async ({ summary }, printer) => {
      const saved = await summary.saveTo(out, request, printer).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') {
          throw new AppError('VALIDATION', `No client with id ${request.clientId} is in this vault.`);
        }
        throw error;
      });
      io.stdout.write(
        json
          ? `${JSON.stringify({ file: out, ...saved }, null, 2)}\n`
          : `Saved ${out}: ${saved.pages} ${saved.pages === 1 ? 'page' : 'pages'}, ${
              saved.protected ? 'protected with a password (AES-256)' : 'not password-protected'
            }.\n`,
      );
      return EXIT.ok;
    });
  },
};
