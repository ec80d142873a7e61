import { statSync } from 'node:fs';
import { vaultPaths } from '../../core/vault/vault-files';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { withUnlockedVault } from './unlocked-vault';
import { requireVault } from './vault-folder';

export interface VaultInfo {
  vault: string;
  vaultId: string;
  createdAt: string;
  schemaVersion: number;
  databaseBytes: number;
  clients: number;
  cipher: string;
  kdf: { name: string; N: number; r: number; p: number };
}

function formatBytes(bytes: number): string {
  const mib = bytes / 1024 ** 2;
  const size = mib >= 1 ? `${mib.toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
  return `${size} (${bytes} bytes)`;
}

function formatInfo(info: VaultInfo): string {
  const { N, r, p } = info.kdf;
  const rows: [string, string][] = [
    ['vault', info.vault],
    ['vault id', info.vaultId],
    ['created', info.createdAt],
    ['schema version', String(info.schemaVersion)],
    ['database size', formatBytes(info.databaseBytes)],
    ['clients', String(info.clients)],
    ['encryption', info.cipher],
    ['key derivation', `${info.kdf.name} N=2^${Math.log2(N)} (${N}), r=${r}, p=${p}`],
  ];
  return rows.map(([label, value]) => `${label.padEnd(16)}${value}\n`).join('');
}

export const infoCommand: Command = {
  name: 'info',
  summary: 'Show facts about the vault: id, dates, size, counts. No client data.',
  acceptsJson: true,
  help: `Unlocks the vault and prints its folder, vault id, creation time, schema version, database
size, number of clients (a count only: no names or other client data) and key derivation
parameters. Unlocking upgrades an older vault, as the app does, and is recorded in the vault's
audit log.

  --json   print the same facts as one JSON object`,

  async run({ io, vaultDir, json }) {
    const keyFile = requireVault(vaultDir);
    const counted: Pick<VaultInfo, 'schemaVersion' | 'clients'> = await withUnlockedVault(
      io,
      vaultDir,
      ({ session, services }) => ({
        schemaVersion: session.schemaVersion(),
        clients: services.clients.count(),
      }),
    );
    const { name, N, r, p } = keyFile.passphrase.kdf;
    const info: VaultInfo = {
      vault: vaultDir,
      vaultId: keyFile.vaultId,
      createdAt: keyFile.createdAt,
      ...counted,
      // Measured after locking, which folds the write-ahead log back into the database file.
      databaseBytes: statSync(vaultPaths(vaultDir).database).size,
      cipher: `SQLCipher ${keyFile.cipher.legacy} (AES-256, HMAC-SHA512 on every page)`,
      kdf: { name, N, r, p },
    };
    io.stdout.write(json ? `${JSON.stringify(info, null, 2)}\n` : formatInfo(info));
    return EXIT.ok;
  },
};
