import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMPORT_LIMITS } from '../../core/vault/open-export/export-reader';
import { importVault } from '../../core/vault/open-export/import-vault';
import { UsageError } from './args';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { newPassphrase } from './passphrase';
import { requireNoVault } from './vault-folder';

export const importCommand: Command = {
  name: 'import-json',
  summary: 'Create a new vault from a rapport-export.json file, and print its recovery key.',
  acceptsJson: false,
  options: { from: 'FILE' },
  help: `Reads an export made by "rapport export-json" into a new vault in the folder (which must be new
or empty), protected by a new passphrase (RAPPORT_PASSPHRASE, or asked for twice). Every row comes
back as it was, with its ids, dates, signatures and the audit trail's hash chain. The file is read
streamed, in bounded memory, and checked before anything is written: it must be an export of this
Rapport's schema, at most ${IMPORT_LIMITS.fileBytes / 1024 ** 3} GiB, with no value over ${IMPORT_LIMITS.valueCharacters.toLocaleString('en')} characters. The import is
refused (exit 8, naming the table, the row and the rule), and nothing kept, when a row breaks a
rule of the database (CHECK, NOT NULL, UNIQUE, a value of the wrong type), when a record points at
one that is not in the export, or when the audit trail's chain is broken.

Standard output receives one line: the new vault's recovery key, shown this once only.

  --from FILE   required: the rapport-export.json to read`,

  async run({ io, vaultDir, options }) {
    if (!options.from) throw new UsageError('--from is required: the rapport-export.json to read.');
    const from = resolve(options.from);
    // A missing or unreadable file is said before the passphrase is asked for.
    statSync(from);
    requireNoVault(vaultDir);
    const passphrase = await newPassphrase(io);
    const { recoveryKey, tables } = await importVault(vaultDir, passphrase, from);
    const rows = Object.values(tables).reduce((sum, n) => sum + n, 0);
    io.stderr.write(
      `Created a new vault in ${vaultDir} from the export (${rows} rows).\n\n` +
        'Below is its recovery key. It is shown this once only: keep it somewhere safe, away from\n' +
        'this computer. Anyone holding it can open the vault.\n\n',
    );
    io.stdout.write(`${recoveryKey}\n`);
    return EXIT.ok;
  },
};
