import { resolve } from 'node:path';
import { UsageError } from './args';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { withUnlockedVault } from './unlocked-vault';

export const exportCommand: Command = {
  name: 'export-json',
  summary: 'Write the whole vault, unencrypted, as documented JSON (and CSV) into a folder.',
  acceptsJson: true,
  options: { out: 'DIR', 'psychotherapy-notes': 'include|exclude' },
  help: `Unlocks the vault and writes everything in it into a new folder rapport-export-<time>
inside DIR (which must exist):
  rapport-export.json         every table, row by row, exactly as stored
  rapport-export.schema.json  the JSON Schema of that file (the format's documentation)
  clients.csv, audit-log.csv  the same rows for a spreadsheet
These files are NOT encrypted: choose DIR with care and delete them when done. The export is
recorded in the vault's audit log.

  --out DIR                         required: where to put the export folder
  --psychotherapy-notes include     also export psychotherapy (process) notes, which are kept
                                    apart from the record and left out unless asked for
  --json   print {"folder", "files", "tables"} instead of a summary`,

  async run({ io, vaultDir, json, options }) {
    if (!options.out) throw new UsageError('--out is required: the folder to write the export into.');
    const notes = options['psychotherapy-notes'] ?? 'exclude';
    if (notes !== 'include' && notes !== 'exclude') {
      throw new UsageError('--psychotherapy-notes takes "include" or "exclude".');
    }
    const outDir = resolve(options.out);
    const result = await withUnlockedVault(io, vaultDir, ({ services }) =>
      services.exporter.exportAll({
        outDir,
        includePsychotherapyNotes: notes === 'include',
        // The command names its folder on purpose and has always put the export beside what is there.
        intoNonEmptyFolder: true,
      }),
    );
    if (json) {
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const rows = Object.values(result.tables).reduce((sum, n) => sum + n, 0);
      io.stdout.write(`${result.folder}\n`);
      io.stderr.write(
        `Wrote ${result.files.join(', ')}: ${Object.keys(result.tables).length} tables, ${rows} rows. These files are not encrypted.\n`,
      );
    }
    return EXIT.ok;
  },
};
