import { resolve } from 'node:path';
import { exportRequest, type ExportRequest } from '../../shared/summary/summary-contract';
import { CULTURAL_DOMAIN_KEYS, SECTION_KEYS } from '../../shared/summary/summary-sections';
import { ClientsService } from '../clients/clients-service';
import { AppError } from '../errors/app-error';
import { GoalsService } from '../goals/goals-service';
import { NotesService } from '../notes/notes-service';
import { defaultSummaryFileName } from '../pdf/default-file-name';
import { requireSummaryPage } from '../pdf/renderer-root';
import { SummaryService } from '../pdf/summary-service';
import { PracticeService } from '../practice/practice-service';
import { VaultSession } from '../vault/vault-session';
import { UsageError } from './args';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { passphraseToUnlock } from './passphrase';
import { requireVault } from './vault-folder';

type Options = Readonly<Record<string, string | undefined>>;

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

/**
 * Everything is checked before the passphrase is asked for, so a typo never costs an unlock. The
 * password itself never appears on the command line (where other users and shell history see it):
 * only the name of the environment variable holding it.
 */
function requestFrom(options: Options, env: NodeJS.ProcessEnv): { request: ExportRequest; out: string } {
  if (!options.client) throw new UsageError('--client is required: the id of the client to summarise.');
  if (!options.out) throw new UsageError('--out is required: the PDF file to write.');
  let password: string | undefined;
  if (options['password-env'] !== undefined) {
    password = env[options['password-env']];
    if (!password) throw new UsageError(`The environment variable ${options['password-env']} is not set.`);
  }
  const parsed = exportRequest.safeParse({
    clientId: options.client,
    ...(options.sections !== undefined ? { sections: list(options.sections) } : {}),
    ...(options.cultural !== undefined ? { culturalDomains: list(options.cultural) } : {}),
    from: options.from ?? '',
    to: options.to ?? '',
    paper: options.paper ?? 'A4',
    ...(password !== undefined ? { password } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const option = { clientId: 'client', culturalDomains: 'cultural', password: 'password-env' }[
      String(issue.path[0])
    ];
    throw new UsageError(`--${option ?? String(issue.path[0])}: ${issue.message}`);
  }
  return { request: parsed.data, out: resolve(options.out) };
}

export const exportPdfCommand: Command = {
  name: 'export-pdf',
  summary: 'Write a client summary as a PDF, optionally protected with a password.',
  acceptsJson: true,
  options: {
    client: 'ID',
    out: 'FILE',
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
  --sections LIST     comma-separated, from: ${SECTION_KEYS.join(', ')}
                      (default: every section except legalName and contact)
  --cultural LIST     the cultural domains to print (default: all): ${CULTURAL_DOMAIN_KEYS.join(', ')}
  --from DATE         leave out sessions and ratings before this day (YYYY-MM-DD)
  --to DATE           leave out sessions and ratings after this day (YYYY-MM-DD)
  --paper A4|Letter   paper size (default A4)
  --password-env VAR  protect the file with AES-256, using the password held in the environment
                      variable VAR (the password itself is never a command-line argument)
  --json              print the result as one JSON object

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
      const goals = new GoalsService(db);
      const service = new SummaryService(
        {
          db,
          clients: new ClientsService(db, 'command line'),
          goals,
          notes: new NotesService(db, goals),
          practice: new PracticeService(db),
        },
        null,
      );
      const saved = await service.saveTo(out, request, printer).catch((error: unknown) => {
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
    } finally {
      await printer.close();
      session.lock('quit');
    }
  },
};
