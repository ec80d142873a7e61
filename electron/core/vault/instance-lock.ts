import { linkSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../base/app-error';
import { writeFileDurably } from '../base/durable-write';

export const LOCK_FILE = 'rapport.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/**
 * One writer per vault, across processes: the app, a second copy of it installed elsewhere, and the
 * command line. The lock is a file in the vault folder naming its owner; a lock whose owner process
 * is gone (a crash, a killed process) is stale and is taken over.
 *
 * The owner is written to a file of its own first and then hard-linked into place, which fails if
 * a lock exists: so the lock appears complete or not at all, and a process killed while taking it
 * never leaves an empty lock that would hold the next copy off.
 */
export class InstanceLock {
  private constructor(
    private readonly path: string,
    private readonly owner: LockOwner,
  ) {}

  static acquire(dir: string, now = new Date()): InstanceLock {
    const path = join(dir, LOCK_FILE);
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString() };
    // Two tries: the second after removing a stale lock. A lock that is live twice is held.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (tryCreate(path, owner)) {
        removeDeadDrafts(path);
        return new InstanceLock(path, owner);
      }
      const holder = readOwner(path);
      if (holder && isLive(holder)) throw heldBy(holder);
      if (!holder && justWritten(path)) break;
      rmSync(path, { force: true });
    }
    throw new AppError(
      'CONFLICT',
      'Another copy of Rapport is opening this vault at the same moment. Try again in a moment.',
    );
  }

  /** Removes the lock file if it is still ours (a takeover after we were presumed dead leaves it). */
  release(): void {
    const holder = readOwner(this.path);
    if (holder && holder.pid === this.owner.pid && holder.since === this.owner.since) {
      rmSync(this.path, { force: true });
    }
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EISDIR']);

function tryCreate(path: string, owner: LockOwner): boolean {
  const draft = `${path}.${owner.pid}`;
  writeOwner(draft, owner, 'w');
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // Some drives (FAT, exFAT, some network shares) have no hard links: create the lock in place.
    // Windows reports that as EISDIR (libuv's name for ERROR_INVALID_FUNCTION) or ENOTSUP.
    if (NO_HARD_LINKS.has(code ?? '')) return createInPlace(path, owner);
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

function createInPlace(path: string, owner: LockOwner): boolean {
  try {
    writeOwner(path, owner, 'wx');
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function writeOwner(path: string, owner: LockOwner, flags: 'w' | 'wx'): void {
  writeFileDurably(path, JSON.stringify(owner), flags);
}

/** Owner files left behind by a copy killed between writing one and linking it: they name a dead process. */
function removeDeadDrafts(path: string): void {
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(dirname(path))) {
    const pid = Number(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !Number.isInteger(pid) || pid === process.pid) continue;
    if (!isLive({ pid, host: hostname(), since: '' })) rmSync(join(dirname(path), name), { force: true });
  }
}

/** A lock file that cannot be read or parsed is being written right now, or was cut short by a crash. */
function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (
      typeof parsed.pid !== 'number' ||
      typeof parsed.host !== 'string' ||
      typeof parsed.since !== 'string'
    ) {
      return null;
    }
    return { pid: parsed.pid, host: parsed.host, since: parsed.since };
  } catch {
    return null;
  }
}

/** An unreadable lock younger than this is another process between creating and filling it. */
const WRITING_GRACE_MS = 2000;

function justWritten(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < WRITING_GRACE_MS;
  } catch {
    return false;
  }
}

/**
 * On this machine a process can be asked whether it exists. A lock taken on another machine (a
 * vault on a shared drive) cannot be checked from here, so it counts as live: better to refuse
 * than to open one vault from two computers.
 */
function isLive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function heldBy(owner: LockOwner): AppError {
  const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
  return new AppError(
    'CONFLICT',
    `This vault is already open in another copy of Rapport or the rapport command (${where}). Close it there first.`,
  );
}
