import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  readSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../../base/durable-write';
import { LAUNCHER_MARK } from './launcher-files';

export type InstallOutcome =
  | { outcome: 'installed' | 'updated' | 'unchanged'; path: string }
  | { outcome: 'refused'; path: string; reason: string };

export type UninstallOutcome =
  { outcome: 'removed' | 'absent'; path: string } | { outcome: 'refused'; path: string; reason: string };

/** A launcher is a few hundred bytes; the mark is looked for in the start of the file only. */
const HEAD_BYTES = 4096;

function head(path: string): string | null {
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

type Existing =
  | { kind: 'none' }
  | { kind: 'file'; ours: boolean; text: string }
  | { kind: 'link'; ours: boolean; target: string }
  | { kind: 'other' };

/**
 * What is at `path` now. A symbolic link is ours when it names `ownTarget` or a file carrying the
 * mark; a link whose file is gone (the app moved) is ours only when it names `ownTarget`.
 */
function existingAt(path: string, ownTarget?: string): Existing {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw error;
  }
  if (stats.isSymbolicLink()) {
    const target = resolve(dirname(path), readlinkSync(path));
    const ours = target === ownTarget || (head(target)?.includes(LAUNCHER_MARK) ?? false);
    return { kind: 'link', ours, target };
  }
  if (!stats.isFile()) return { kind: 'other' };
  const text = head(path) ?? '';
  return { kind: 'file', ours: text.includes(LAUNCHER_MARK), text };
}

function notOurs(path: string): InstallOutcome & UninstallOutcome {
  return {
    outcome: 'refused',
    path,
    reason: `${path} is not Rapport's: another program's "rapport" is there. Rapport leaves it alone; remove or rename it first if it is no longer wanted.`,
  };
}

/**
 * Writes the launcher script `content` at `path`, executable by everyone (0755), creating its folder
 * if need be. A launcher of ours is replaced when it differs (the app moved) and left as it is when
 * not; anything else at `path` is refused.
 */
export function installLauncherFile(path: string, content: string): InstallOutcome {
  const existing = existingAt(path);
  if (existing.kind === 'other' || existing.kind === 'link' || (existing.kind === 'file' && !existing.ours)) {
    return notOurs(path);
  }
  if (existing.kind === 'file' && existing.text === content) {
    chmodSync(path, 0o755);
    return { outcome: 'unchanged', path };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, content);
  // Written owner-only like every file Rapport makes; a command on the PATH has no secret in it.
  chmodSync(path, 0o755);
  return { outcome: existing.kind === 'none' ? 'installed' : 'updated', path };
}

/** What linking `link` to `target` would do, without doing it: the privileged step is one `ln`. */
export function symlinkPlan(link: string, target: string): InstallOutcome {
  const existing = existingAt(link, target);
  if (existing.kind === 'none') return { outcome: 'installed', path: link };
  if (existing.kind !== 'link' || !existing.ours) return notOurs(link);
  return { outcome: existing.target === target ? 'unchanged' : 'updated', path: link };
}

/** Makes `link` a symbolic link to `target`, replacing a link of ours. Throws EACCES where it may not. */
export function installSymlink(link: string, target: string): InstallOutcome {
  const plan = symlinkPlan(link, target);
  if (plan.outcome === 'refused' || plan.outcome === 'unchanged') return plan;
  mkdirSync(dirname(link), { recursive: true });
  if (plan.outcome === 'updated') unlinkSync(link);
  symlinkSync(target, link);
  return plan;
}

/** Whether `path` holds a launcher (or link) of ours that uninstalling would remove. */
export function uninstallPlan(path: string, ownTarget?: string): UninstallOutcome {
  const existing = existingAt(path, ownTarget);
  if (existing.kind === 'none') return { outcome: 'absent', path };
  if ((existing.kind === 'file' || existing.kind === 'link') && existing.ours) {
    return { outcome: 'removed', path };
  }
  return notOurs(path);
}

/** Removes the launcher or link of ours at `path`; anything else there is refused and left. */
export function uninstallLauncher(path: string, ownTarget?: string): UninstallOutcome {
  const plan = uninstallPlan(path, ownTarget);
  if (plan.outcome === 'removed') unlinkSync(path);
  return plan;
}
