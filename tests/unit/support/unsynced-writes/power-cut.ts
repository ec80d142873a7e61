import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/*
 * A power cut for the crash tests, on Linux: a child started with `env()` keeps an undo log of
 * every change under the watched folder that is not yet on the disk (unsynced-writes.c), and
 * `cut()`, once the child is killed, undoes them, newest first, leaving the files as a disk would
 * hold them had the power gone at the moment of the kill.
 */

const SOURCES = ['unsynced-writes.c', 'undo-log.c'].map((name) => join(import.meta.dirname, name));
const HEADER = 72;
const DATA = 1n;
const SYNC = 2n;
const FORGET = 3n;
const RENAME = 4n;
const DIRSYNC = 5n;

interface Undo {
  offset: number;
  size: number;
  image: Buffer;
}

interface LogRecord {
  kind: bigint;
  file: string;
  offset: bigint;
  size: bigint;
  image: Buffer;
  text: string[];
}

interface Rename {
  folder: string;
  moved: string;
  source: string;
  target: string;
  grave: string | null;
}

/** What the record of a moment was: a write about to happen, a sync done, a rename about to happen… */
export type Moment = 'write' | 'sync' | 'removal' | 'rename' | 'folder sync';
const MOMENTS: Record<number, Moment> = {
  1: 'write',
  2: 'sync',
  3: 'removal',
  4: 'rename',
  5: 'folder sync',
};

/** What a cut undid: bytes written back, files cut to their synced size, renames put back. */
export interface CutReport {
  undoneWrites: number;
  undoneRenames: number;
}

/** Compiles the shim into a temp folder (never committed): call in beforeAll. */
export function buildShim(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-shim-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const library = join(dir, 'unsynced-writes.so');
  execFileSync('gcc', ['-shared', '-fPIC', '-O2', '-o', library, ...SOURCES, '-ldl', '-lpthread']);
  return library;
}

export class PowerCut {
  private readonly log: string;

  /** `watched` is the folder whose unsynced changes are lost; `scratch` holds the log, outside it. */
  constructor(
    private readonly library: string,
    private readonly watched: string,
    scratch: string,
  ) {
    this.log = join(scratch, 'undo.log');
    mkdirSync(`${this.log}.graves`, { recursive: true });
  }

  /** The environment a child needs for its writes to be undoable. */
  env(): Record<string, string> {
    return {
      LD_PRELOAD: this.library,
      UNSYNCED_DIR: this.watched,
      UNSYNCED_LOG: this.log,
      // libuv's io_uring would write without a system call the shim sees.
      UV_USE_IO_URING: '0',
    };
  }

  /** Call only once every child using `env()` is dead: undoes what they had not synced. */
  cut(): CutReport {
    const { writes, renames } = this.pending();
    let undoneRenames = 0;
    for (const rename of renames.reverse()) {
      if (key(rename.target) !== rename.moved) continue;
      mkdirSync(dirname(rename.source), { recursive: true });
      renameSync(rename.target, rename.source);
      if (rename.grave) renameSync(rename.grave, rename.target);
      undoneRenames += 1;
    }
    const paths = new Map<string, string>();
    this.walk(this.watched, paths);
    let undoneWrites = 0;
    for (const [file, undos] of writes) {
      const path = paths.get(file);
      if (!path) continue;
      const fd = openSync(path, 'r+');
      try {
        for (const undo of undos.reverse()) {
          writeSync(fd, undo.image, 0, undo.image.length, undo.offset);
          ftruncateSync(fd, undo.size);
          undoneWrites += 1;
        }
      } finally {
        closeSync(fd);
      }
    }
    this.clear();
    return { undoneWrites, undoneRenames };
  }

  /**
   * The moments of the last child's armed operation (see UNSYNCED_ARMED in undo-log.c), in order:
   * what each recorded. Call before `cut`.
   */
  moments(): Moment[] {
    const count = Number(readFileSync(`${this.log}.events`, 'utf8'));
    return this.records()
      .slice(-count)
      .map((record) => MOMENTS[Number(record.kind)]!);
  }

  /**
   * Forgets the log without undoing it. Emptied, not removed: a child already started appends to
   * the file it opened.
   */
  clear(): void {
    if (existsSync(this.log)) truncateSync(this.log, 0);
    rmSync(`${this.log}.events`, { force: true });
    rmSync(`${this.log}.graves`, { recursive: true, force: true });
    mkdirSync(`${this.log}.graves`);
  }

  private records(): LogRecord[] {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.log);
    } catch {
      return [];
    }
    const records: LogRecord[] = [];
    // A record cut short by the kill was being written before its change, which never happened.
    for (let at = 0; at + HEADER <= bytes.length;) {
      const [kind, dev, ino, offset, size, image, ...paths] = Array.from({ length: 9 }, (_, i) =>
        bytes.readBigUInt64LE(at + i * 8),
      ) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
      const end = at + HEADER + Number(image + paths[0] + paths[1] + paths[2]);
      if (end > bytes.length) break;
      let from = at + HEADER + Number(image);
      const text = paths.map((length) => {
        const value = bytes.toString('utf8', from, from + Number(length));
        from += Number(length);
        return value;
      });
      records.push({
        kind,
        file: `${dev}:${ino}`,
        offset,
        size,
        image: bytes.subarray(at + HEADER, at + HEADER + Number(image)),
        text,
      });
      at = end;
    }
    return records;
  }

  private pending(): { writes: Map<string, Undo[]>; renames: Rename[] } {
    const writes = new Map<string, Undo[]>();
    let renames: Rename[] = [];
    for (const { kind, file, offset, size, image, text } of this.records()) {
      if (kind === DATA) {
        const undo = { offset: Number(offset), size: Number(size), image };
        writes.set(file, [...(writes.get(file) ?? []), undo]);
      } else if (kind === SYNC || kind === FORGET) {
        writes.delete(file);
      } else if (kind === RENAME) {
        // A rename's record carries its destination folder as the file, and the moved inode.
        renames.push({
          folder: file,
          moved: `${size}:${offset}`,
          source: text[0]!,
          target: text[1]!,
          grave: text[2] || null,
        });
      } else if (kind === DIRSYNC) {
        renames = renames.filter((rename) => rename.folder !== file);
      }
    }
    return { writes, renames };
  }

  private walk(dir: string, paths: Map<string, string>): void {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) this.walk(path, paths);
      else if (entry.isFile()) paths.set(key(path)!, path);
    }
  }
}

function key(path: string): string | null {
  try {
    const stat = lstatSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}
