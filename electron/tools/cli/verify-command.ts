import type { IntegrityReport } from '../../../shared/integrity/integrity-contract';
import { openForVerify, verifyVault } from '../../core/vault/verify';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { passphraseToUnlock } from './passphrase';
import { requireVault } from './vault-folder';

function formatReport(report: IntegrityReport): string {
  const lines = report.checks.map(
    (check) => `${(check.ok ? 'ok' : 'FAILED').padEnd(8)}${check.name.padEnd(21)}${oneLine(check.detail)}\n`,
  );
  const findings = report.findings.map((finding) => {
    const record = finding.record ? ` [${finding.record.kind} ${finding.record.id}]` : '';
    return `finding ${finding.check.padEnd(21)}${oneLine(finding.message)}${record}\n`;
  });
  const more = report.more > 0 ? [`finding and ${report.more} more\n`] : [];
  return [...lines, ...findings, ...more].join('');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
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
  schema               every table, index and trigger is exactly as that version defines it
                       (a dropped or altered trigger, or one added by hand, is a finding)
  signatures           every signed note and addendum matches its fingerprint, and the
                       fingerprint the audit trail recorded when it was signed
  audit-chain          every audit entry's hash recomputes and links to the entry before it
  audit-anchor         the trail reaches the entry recorded in rapport.anchor, which is
                       authenticated with the vault key (removed entries, rolled-back files)
One line per check on standard output: "ok" or "FAILED", the check, and details; then one
"finding" line per problem found, naming the record it concerns.

  --json   print {"vault", "ok", "at", "checks": [{"name", "ok", "detail"}],
           "findings": [{"check", "message", "record"}], "more"} instead`,

  async run({ io, vaultDir, json }) {
    requireVault(vaultDir);
    const passphrase = await passphraseToUnlock(io);
    const { db, anchorKey } = await openForVerify(vaultDir, passphrase, { refuseNewerVersion: true });
    let report: IntegrityReport;
    try {
      report = verifyVault(db, { anchor: { dir: vaultDir, key: anchorKey } });
    } finally {
      db.close();
      anchorKey.fill(0);
    }
    io.stdout.write(
      json ? `${JSON.stringify({ vault: vaultDir, ...report }, null, 2)}\n` : formatReport(report),
    );
    if (report.ok) return EXIT.ok;
    const failed = report.checks.filter((check) => !check.ok).length;
    io.stderr.write(
      `rapport: ${failed} of ${report.checks.length} checks failed (see the FAILED and finding lines). ` +
        'If the vault is damaged, keep this copy unchanged and restore the vault from a backup.\n',
    );
    return EXIT.damaged;
  },
};
