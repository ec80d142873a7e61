import { readFileSync, writeFileSync } from 'node:fs';
import { importVault } from '../../../electron/core/vault/open-export/import-vault';

/*
 * Imports a small export to warm up, then the large one, in a process of its own, and prints, as
 * JSON, how far the large import raised the resident memory above where it started (Linux's
 * high-water mark, reset just before). The warm-up pays what only the first import in a process
 * costs (loading the passphrase checker's dictionaries and the native module).
 * Arguments: the two exports, a folder for the new vaults, the passphrase and the KDF as JSON.
 */
const [small, large, dir, passphrase, kdfJson] = process.argv.slice(2) as string[];

function highWaterMark(): number {
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  if (!kib) throw new Error('No VmHWM in /proc/self/status.');
  return Number(kib) * 1024;
}

async function main(): Promise<void> {
  const kdf = JSON.parse(kdfJson!);
  await importVault(`${dir}/warm-up`, passphrase!, small!, { kdf });
  writeFileSync('/proc/self/clear_refs', '5');
  const before = process.memoryUsage().rss;
  const { tables } = await importVault(`${dir}/large`, passphrase!, large!, { kdf });
  process.stdout.write(JSON.stringify({ growth: highWaterMark() - before, tables }));
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exitCode = 1;
});
