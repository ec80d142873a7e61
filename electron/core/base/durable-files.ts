import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, openSync, readSync } from 'node:fs';

/*
 * File operations whose result must survive a power cut the moment they return: a backup that
 * reported success must be on the disk, not in the OS cache.
 */

export function fsyncPath(path: string): void {
  // Folders cannot be opened for syncing on Windows; there the rename itself is durable enough.
  if (process.platform === 'win32') return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function copyFileDurably(from: string, to: string): void {
  copyFileSync(from, to);
  fsyncPath(to);
}

export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
