import type { BackupEntry } from '../../../shared/backup/backup-contract';
import type { RestoreSecret, RestoreSource } from '../../core/features/backup/restore-service';
import { createServices } from '../../core/router/services';
import { VaultSession } from '../../core/session/vault-session';
import { UsageError } from './args';
import type { CliIo } from './cli-io';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { newPassphrase, passphraseToUnlock } from './passphrase';
import { withHiddenInput } from './prompt';

const RECOVERY_KEY_ENV = 'RAPPORT_RECOVERY_KEY';

function formatEntries(entries: readonly BackupEntry[]): string {
  if (entries.length === 0) return 'No backups found.\n';
  return entries
    .map((entry) => {
      const what = entry.contents
        ? `clients ${entry.contents.clients ?? 0}, notes ${entry.contents.notes ?? 0}, audit entries ${entry.contents.audit_log ?? 0}`
        : (entry.problem ?? '');
      return `${entry.id}\n  ${entry.createdAt}  ${entry.trigger ?? 'set aside by a restore'}  ${what}\n`;
    })
    .join('');
}

function sourceFrom(options: Readonly<Record<string, string | undefined>>): RestoreSource | null {
  if (options.id !== undefined && options.from !== undefined) {
    throw new UsageError('Give --id or --from, not both.');
  }
  if (options.id !== undefined) return { id: options.id };
  if (options.from !== undefined) return { path: options.from };
  return null;
}

async function recoveryKey(io: CliIo): Promise<string> {
  const given = io.env[RECOVERY_KEY_ENV];
  if (given) return given;
  if (!io.stdin.isTTY || typeof io.stdin.setRawMode !== 'function') {
    throw new UsageError(`No recovery key: set ${RECOVERY_KEY_ENV}, or run rapport in a terminal.`);
  }
  return withHiddenInput(io.stdin, io.stderr, (ask) => ask('Recovery key: '));
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'List backups, or put one back in place of the vault (the current one is kept aside).',
  acceptsJson: true,
  options: { id: 'ID', from: 'DIR', with: 'passphrase|recovery-key' },
  help: `Without --id or --from, lists the backups (newest first) with what each holds, read from
the encrypted backup with the passphrase. Nothing is changed.

With --id ID (an id from the list) or --from DIR (a backup folder anywhere, e.g. on a new laptop
or a drive: any folder holding rapport.db and rapport.key), restores it:
  1. the backup is copied, opened with the key and fully checked; nothing is replaced before;
  2. the vault's current files, if any, are moved into <vault>/set-aside/before-restore-<time>
     (never deleted: restoring that one with --id set-aside:... undoes the restore);
  3. the backup takes the vault's place and is unlocked once, which the audit log records.
The folder need not hold a vault yet: that is how a vault moves to a new computer.

The secret:
  --with passphrase     (default) the passphrase, from RAPPORT_PASSPHRASE or asked for. Either
                        the vault's current one or the one in use when the backup was made.
  --with recovery-key   the recovery key, from ${RECOVERY_KEY_ENV} or asked for, and then a new
                        passphrase (RAPPORT_PASSPHRASE, or asked for twice).

Backups in the second backup folder are listed by the app; from here, restore them with --from.

  --json   print the list, or {"restored", "setAside", "contents"}, as JSON`,

  async run({ io, vaultDir, json, options }) {
    const source = sourceFrom(options);
    const method = options.with ?? 'passphrase';
    if (method !== 'passphrase' && method !== 'recovery-key') {
      throw new UsageError('--with takes "passphrase" or "recovery-key".');
    }
    const session = new VaultSession({ dir: vaultDir });
    const { backups, restore } = createServices(session, { actor: 'command line' });
    if (!source) {
      const entries = await backups.list(await passphraseToUnlock(io));
      io.stdout.write(json ? `${JSON.stringify(entries, null, 2)}\n` : formatEntries(entries));
      return EXIT.ok;
    }
    const secret: RestoreSecret =
      method === 'passphrase'
        ? { passphrase: await passphraseToUnlock(io) }
        : { recoveryKey: await recoveryKey(io), newPassphrase: await newPassphrase(io) };
    try {
      const result = await restore.restore(source, secret);
      io.stdout.write(
        json
          ? `${JSON.stringify(result, null, 2)}\n`
          : `restored       ${result.restored}\nset aside      ${result.setAside ?? '(there was no vault to set aside)'}\n`,
      );
    } finally {
      session.lock('quit');
    }
    return EXIT.ok;
  },
};
