import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes the finished PDF to the one place the clinician chose. The bytes go to a hidden sibling
 * in the same folder first and are renamed over the target, so a full disk or a crash never
 * leaves a half-written summary under the chosen name. Readable by the owner only.
 */
export async function writePdfFile(path: string, bytes: Uint8Array): Promise<void> {
  const sibling = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  const file = await open(sibling, 'wx', 0o600);
  try {
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(sibling, path);
  } catch (error) {
    await unlink(sibling).catch(() => undefined);
    throw error;
  }
}
