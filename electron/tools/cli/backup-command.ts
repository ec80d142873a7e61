import type { BackupSummary } from '../../../shared/backup/backup-contract';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { withUnlockedVault } from './unlocked-vault';

function formatSummary(summary: BackupSummary, folder: string): string {
  const second = { copied: 'copied', 'not-set': 'not set', failed: 'FAILED (see the message above)' }[
    summary.secondCopy
  ];
  const records = Object.entries(summary.counts)
    .filter(([, rows]) => rows > 0)
    .map(([table, rows]) => `${table} ${rows}`)
    .join(', ');
  const rows: [string, string][] = [
    ['backup', summary.id],
    ['folder', folder],
    ['size', `${Math.ceil(summary.bytes / 1024)} KiB`],
    ['second folder', second],
    ['rows', records],
    ['time', `${(summary.ms / 1000).toFixed(1)} s`],
  ];
  return rows.map(([label, value]) => `${label.padEnd(15)}${value}\n`).join('');
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Make a verified, encrypted backup of the vault now.',
  acceptsJson: true,
  help: `Unlocks the vault and backs it up, as the app does when it locks: an encrypted copy made
from the open database (never a file copy), opened again and checked (integrity check, row
counts) before it counts, in the vault's backups folder and, if one is set in the app, the second
backup folder too. Old backups are thinned to 7 daily, 4 weekly and 12 monthly.

A backup is a folder holding rapport.db (encrypted with the vault's key), rapport.key (the key
wrapped with the passphrase as it was at the time) and manifest.json (when and how it was made;
no client data). Restoring it elsewhere needs only that folder and the passphrase of that time
or the recovery key: see "rapport restore --help".

  --json   print {"id", "createdAt", "trigger", "bytes", "counts", "secondCopy", "ms"}`,

  async run({ io, vaultDir, json }) {
    const { summary, backups } = await withUnlockedVault(io, vaultDir, ({ session, services }) => {
      const db = session.db();
      services.backups.opened(db);
      return { summary: services.backups.run(db, 'command line'), backups: services.backups };
    });
    const problem = backups.status().lastError;
    if (problem) io.stderr.write(`rapport: ${problem.message}\n`);
    io.stdout.write(
      json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, backups.status().folder),
    );
    return EXIT.ok;
  },
};
