/**
 * The child of the power-cut tests of the vault's own files (tests/unit/crash-vault-files.test.ts).
 * It does one operation on the vault given as its first argument, through the app's code, and
 * prints "done" once it has returned:
 *
 *   restore <backup id>      RestoreService.restore, with the passphrase
 *   passphrase <new>         changePassphrase (the key file rewritten under the new passphrase)
 *   checkpoint               a WAL checkpoint (TRUNCATE) of the unlocked vault's last writes
 *   backup                   BackupService.run: a backup written, checked and renamed into place
 *
 * The passphrase comes in RAPPORT_PASSPHRASE. Right before the operation it sets UNSYNCED_ARMED,
 * so the unsynced-writes shim counts (and, asked to, kills at) only what the operation does.
 */
import { newEnquiry } from '../../shared/clients/client-contract';
import { checkpoint } from '../../electron/core/db/connection';
import { BackupService } from '../../electron/core/features/backup/backup-service';
import { RestoreService } from '../../electron/core/features/backup/restore-service';
import { ClientsService } from '../../electron/core/features/clients/clients-service';
import { VaultSession } from '../../electron/core/session/vault-session';
import { InstanceLock } from '../../electron/core/vault/instance-lock';
import type { KdfParams } from '../../electron/core/vault/key-file';
import { changePassphrase, unlockVault } from '../../electron/core/vault/vault';

const TEST_KDF: KdfParams = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 };
const [dir, mode, argument] = process.argv.slice(2);
const passphrase = process.env.RAPPORT_PASSPHRASE;

function arm(): void {
  process.env.UNSYNCED_ARMED = '1';
}

async function restore(vaultDir: string, secret: string, backupId: string): Promise<void> {
  // Without the backup schedule: no worker threads, whose code a bundled child cannot load.
  const session = new VaultSession({ dir: vaultDir, kdf: TEST_KDF, tickMs: null });
  const restoring = new RestoreService(session, new BackupService(session));
  await session.unlock(secret);
  arm();
  await restoring.restore({ id: backupId }, { passphrase: secret });
}

async function backUp(vaultDir: string, secret: string): Promise<void> {
  const session = new VaultSession({ dir: vaultDir, kdf: TEST_KDF, tickMs: null });
  await session.unlock(secret);
  arm();
  new BackupService(session).run(session.db(), 'manual');
}

async function rewrap(vaultDir: string, secret: string, next: string): Promise<void> {
  InstanceLock.acquire(vaultDir);
  arm();
  await changePassphrase(vaultDir, secret, next, { kdf: TEST_KDF });
}

async function checkpointAfterWrites(vaultDir: string, secret: string): Promise<void> {
  InstanceLock.acquire(vaultDir);
  const { db } = await unlockVault(vaultDir, secret);
  const clients = new ClientsService(() => db);
  for (let i = 0; i < 5; i++) {
    const name = `Written before the checkpoint ${i}`;
    clients.createEnquiry(newEnquiry.parse({ chosenName: name }));
    process.stdout.write(`client ${name}\n`);
  }
  arm();
  checkpoint(db, 'TRUNCATE');
}

async function main(): Promise<void> {
  if (!dir || !passphrase) throw new Error('usage: RAPPORT_PASSPHRASE=… vault-file-ops.ts <vault> <mode> …');
  if (mode === 'restore' && argument) await restore(dir, passphrase, argument);
  else if (mode === 'passphrase' && argument) await rewrap(dir, passphrase, argument);
  else if (mode === 'checkpoint') await checkpointAfterWrites(dir, passphrase);
  else if (mode === 'backup') await backUp(dir, passphrase);
  else throw new Error(`unknown operation: ${mode}`);
  process.stdout.write('done\n');
  // The vault is left open, as by a crash just after: only what the operation did is tested.
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`operation failed: ${(error as Error).name}: ${(error as Error).message}\n`);
  process.exit(1);
});
