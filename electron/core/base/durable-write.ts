import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/*
 * Every file Rapport writes whose result must survive a power cut the moment the call returns (a
 * key file, a backup, an export, the instance lock) goes through here: written, flushed to the
 * disk rather than left in the OS cache, and its folder entry flushed once it is renamed into place.
 */

const FLUSH_AT = 1 << 20;

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

/**
 * Writes a whole file and flushes it, readable by its owner only. `wx` refuses to replace a file
 * already there; `w` replaces it in place (use writeFileAtomic when a crash must leave the old one).
 */
export function writeFileDurably(path: string, content: string, flags: 'w' | 'wx' = 'w'): void {
  const fd = openSync(path, flags, 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams a new file (never replacing one) from `produce`, which calls `write` as often as it
 * likes: text is written in large pieces, and the file is flushed before this returns what
 * `produce` returned. An export or an audit trail can run to a million rows.
 */
export function writeNewFileStreamed<T>(path: string, produce: (write: (text: string) => void) => T): T {
  const fd = openSync(path, 'wx', 0o600);
  try {
    let pending = '';
    const result = produce((text) => {
      pending += text;
      if (pending.length >= FLUSH_AT) {
        writeSync(fd, pending);
        pending = '';
      }
    });
    writeSync(fd, pending);
    fsyncSync(fd);
    return result;
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces a small file so that a crash leaves either the old or the new content, never a mix:
 * write a sibling, flush it, rename over the original, flush the folder entry.
 */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = `${path}.new`;
  writeFileDurably(temporary, content);
  renameDurably(temporary, path);
}

/** Renames a file or a finished folder into place and flushes the folder that now holds it. */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  fsyncPath(dirname(to));
}

export function copyFileDurably(from: string, to: string): void {
  copyFileSync(from, to);
  fsyncPath(to);
}
