import { openForVerify, verifyVault, type VerifyReport } from '../../core/vault/verify';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { passphraseToUnlock } from './passphrase';
import { requireVault } from './vault-folder';

function formatReport(report: VerifyReport): string {
  const lines = report.checks.map(
    (check) =>
      `${(check.ok ? 'ok' : 'FAILED').padEnd(8)}${check.name.padEnd(21)}${check.detail.replace(/\s*\n\s*/g, ' ')}\n`,
  );
  return lines.join('');
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Check that the vault is intact; exit code 4 when it is damaged.',
  acceptsJson: true,
  help: `Unlocks the vault without changing it (no upgrade, no audit entry) and checks it:
  page-authentication  every page of every table and index decrypts and passes its HMAC check
  integrity            SQLite's full integrity check (PRAGMA integrity_check)
  foreign-keys         no record points at a missing record (PRAGMA foreign_key_check)
  schema-version       the schema version is current, or older (upgraded on next unlock)
  audit-chain          every audit entry's hash recomputes and links to the entry before it
One line per check on standard output: "ok" or "FAILED", the check, and details.

  --json   print {"vault", "ok", "checks": [{"name", "ok", "detail"}]} instead`,

  async run({ io, vaultDir, json }) {
    requireVault(vaultDir);
    const passphrase = await passphraseToUnlock(io);
    const db = await openForVerify(vaultDir, passphrase, { refuseNewerVersion: true });
    let report: VerifyReport;
    try {
      report = verifyVault(db);
    } finally {
      db.close();
    }
    io.stdout.write(
      json ? `${JSON.stringify({ vault: vaultDir, ...report }, null, 2)}\n` : formatReport(report),
    );
    if (report.ok) return EXIT.ok;
    const failed = report.checks.filter((check) => !check.ok).length;
    io.stderr.write(
      `rapport: ${failed} of ${report.checks.length} checks failed (see the FAILED lines). ` +
        'If the vault is damaged, keep this copy unchanged and restore the vault from a backup.\n',
    );
    return EXIT.damaged;
  },
};
