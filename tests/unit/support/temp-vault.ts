import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { KdfParams } from '../../../electron/core/vault/key-file';

/** A cheap KDF for tests: same algorithm and code path, a fraction of the memory and time. */
export const TEST_KDF: KdfParams = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 };
export const STRONG = 'quiet-otter-lantern-47';
export const STRONG_2 = 'amber-walrus-meadow-93';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, removed after the test. The vault goes in its `vault` child. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
  made.push(dir);
  return dir;
}

/** Name → SHA-256 of every file in a folder, to prove a failed open wrote nothing. */
export function snapshotFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  }
  return out;
}

/** True when any file in the folder contains the needle as UTF-8 or UTF-16 bytes. */
export function folderContainsText(dir: string, needle: string): boolean {
  return readdirSync(dir).some((name) => {
    const bytes = readFileSync(join(dir, name));
    return bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'));
  });
}
