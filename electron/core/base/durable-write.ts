import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { OWNER_ONLY_FILE } from './owner-only';

/*
 * Every file Rapport writes whose result must survive a power cut the moment the call returns (a
 * key file, a backup, an export, the instance lock) goes through here: written, flushed to the
 * disk rather than left in the OS cache, and its folder entry flushed once it is renamed into place.
 */

const FLUSH_AT = 1 << 20;

/** Puts text or bytes at a file's current position; every write of file content goes through it. */
export type WriteToFile = (fd: number, data: string | Uint8Array) => void;

const writeWhole: WriteToFile = (fd, data) => {
  if (typeof data === 'string') writeSync(fd, data);
  else for (let at = 0; at < data.length;) at += writeSync(fd, data, at);
};
let writeToFile: WriteToFile = writeWhole;

/**
 * Runs `work` with every file write going through `write` instead, then puts the real one back:
 * how the tests fill a disk at a chosen byte, on real files, where no small file system can be mounted.
 */
export async function withFileWrites<T>(write: WriteToFile, work: () => Promise<T> | T): Promise<T> {
  writeToFile = write;
  try {
    return await work();
  } finally {
    writeToFile = writeWhole;
  }
}

/** The write the durable layer uses, for a test's fault-injecting writer to pass the allowed bytes on to. */
export function realFileWrite(fd: number, data: string | Uint8Array): void {
  writeWhole(fd, data);
}

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
  const fd = openSync(path, flags, OWNER_ONLY_FILE);
  try {
    // The mode given to open applies only to a new file; one replaced in place keeps its own.
    fchmodSync(fd, OWNER_ONLY_FILE);
    writeToFile(fd, content);
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
export function writeNewFileStreamed<T>(
  path: string,
  produce: (write: (data: string | Uint8Array) => void) => T,
): T {
  const fd = openSync(path, 'wx', OWNER_ONLY_FILE);
  try {
    let pending = '';
    const result = produce((data) => {
      if (typeof data === 'string') {
        pending += data;
        if (pending.length < FLUSH_AT) return;
      }
      writeToFile(fd, pending);
      pending = '';
      if (typeof data !== 'string') writeToFile(fd, data);
    });
    writeToFile(fd, pending);
    fsyncSync(fd);
    return result;
  } finally {
    closeSync(fd);
  }
}

/**
 * A name for work in progress beside the finished file or folder. It says nothing of what is
 * inside (a client's name chosen for a PDF never shows in a folder listing, even for a moment),
 * and the leading dot keeps it out of ordinary listings.
 */
export function partialNameIn(folder: string): string {
  return join(folder, `.rapport-${randomBytes(6).toString('hex')}.partial`);
}

/**
 * Writes a file that must never be seen half-written (anything written in the clear: an export,
 * a PDF, a CSV): streamed under a partial name beside `path`, flushed, and renamed to `path` only
 * when whole. On any failure, a full disk included, the partial file is removed, so nothing
 * readable is left. `replace` allows an existing `path` to be replaced (a save dialog asked).
 */
export function writeFileWhole<T>(
  path: string,
  produce: (write: (data: string | Uint8Array) => void) => T,
  options: { replace: boolean },
): T {
  const partial = partialNameIn(dirname(path));
  try {
    const result = writeNewFileStreamed(partial, produce);
    if (!options.replace && existsSync(path)) {
      throw Object.assign(new Error(`EEXIST: file already exists, rename '${path}'`), { code: 'EEXIST' });
    }
    renameDurably(partial, path);
    return result;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
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

/** Moves a file or folder to another name; every rename Rapport makes goes through it. */
export type RenameFile = (from: string, to: string) => void;

let renameFile: RenameFile = renameSync;
let renamePlatform: NodeJS.Platform = process.platform;

/**
 * Runs `work` with every rename going through `rename`, as on `platform`: how the tests make a
 * rename fail the way Windows's does, on real files, on a machine that is not Windows.
 */
export async function withFileRenames<T>(
  rename: RenameFile,
  platform: NodeJS.Platform,
  work: () => Promise<T> | T,
): Promise<T> {
  renameFile = rename;
  renamePlatform = platform;
  try {
    return await work();
  } finally {
    renameFile = renameSync;
    renamePlatform = process.platform;
  }
}

/*
 * On Windows a rename fails while another program holds either name open without sharing it: a
 * virus scanner or the search indexer looking at a file just written, a sync client copying a
 * backup, a PDF viewer showing the file being replaced. Scanners and indexers let go within
 * moments, so the rename is tried again with a growing pause, about a second and a half in all
 * (as graceful-fs does for the same reason); a program that keeps the file open still fails it.
 * Elsewhere these errors mean a permission is missing, which waiting does not change.
 */
const BUSY_ON_WINDOWS = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_TRIES = 20;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Renames, trying again for a moment while Windows says the file is in use. */
export function renameRetrying(from: string, to: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      renameFile(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (renamePlatform !== 'win32' || !BUSY_ON_WINDOWS.has(code) || attempt >= RENAME_TRIES) throw error;
      pause(Math.min(10 * attempt, 100));
    }
  }
}

/** Renames a file or a finished folder into place and flushes the folder that now holds it. */
export function renameDurably(from: string, to: string): void {
  renameRetrying(from, to);
  fsyncPath(dirname(to));
}

/** Copies a file, readable by its owner only whatever the original's mode (a copy takes the original's). */
export function copyFileDurably(from: string, to: string): void {
  copyFileSync(from, to);
  chmodSync(to, OWNER_ONLY_FILE);
  fsyncPath(to);
}
