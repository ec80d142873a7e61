import { dirname } from 'node:path';
import { folderOnPath, type CommandPlaces } from './command-places';
import { posixLauncher, windowsLauncher } from './launcher-files';
import {
  installLauncherFile,
  installSymlink,
  symlinkPlan,
  uninstallLauncher,
  uninstallPlan,
  type InstallOutcome,
  type UninstallOutcome,
} from './launcher-install';
import { linkCommand, unlinkCommand } from './macos-admin';
import { userPathWith, userPathWithout, type UserPath } from './windows-user-path';

/** What only the system itself can do, passed in by the shell (electron/main/shell-command-menu.ts). */
export interface SystemSteps {
  /** macOS: runs a shell command as an administrator once the person gives the password; false if they decline. */
  runAsAdmin?(command: string): Promise<boolean>;
  /** Windows: the user's PATH in the registry. */
  userPath?: { read(): UserPath | null; write(path: UserPath): void };
}

export type InstallReport = InstallOutcome & {
  /** Whether a terminal opened from now on finds the command without changing its PATH. */
  onPath: boolean;
};

const NEEDS_ADMIN = new Set(['EACCES', 'EPERM', 'EROFS']);

function needsAdmin(error: unknown): boolean {
  return NEEDS_ADMIN.has((error as NodeJS.ErrnoException).code ?? '');
}

/**
 * Puts the `rapport` command on the PATH: a script in ~/.local/bin on Linux; on macOS a link in
 * /usr/local/bin (asking for an administrator's password when that folder is not writable) or, if
 * the person declines, in ~/.local/bin; on Windows rapport.cmd in a folder that is added to the
 * user's PATH. Anything named rapport there that Rapport did not write is left alone and reported.
 */
export async function installCommand(
  places: CommandPlaces,
  env: NodeJS.ProcessEnv,
  steps: SystemSteps = {},
): Promise<InstallReport> {
  if (places.platform === 'linux') {
    const result = installLauncherFile(places.script, posixLauncher(places.executable));
    return { ...result, onPath: folderOnPath(env.PATH, dirname(places.script), 'linux') };
  }
  if (places.platform === 'win32') {
    const result = installLauncherFile(places.script, windowsLauncher(places.executable));
    if (result.outcome === 'refused' || !steps.userPath) {
      return { ...result, onPath: folderOnPath(env.PATH, places.folder, 'win32') };
    }
    const current = steps.userPath.read();
    const next = userPathWith(current, places.folder);
    if (next !== current) steps.userPath.write(next);
    return { ...result, onPath: true };
  }
  const script = installLauncherFile(places.script, posixLauncher(places.executable));
  if (script.outcome === 'refused') return { ...script, onPath: false };
  const [systemLink, userLink] = places.links;
  const onPath = (link: string) => folderOnPath(env.PATH, dirname(link), 'darwin');
  // The link may be as it was while the script behind it changed: the command was still updated.
  const withScript = (link: InstallOutcome): InstallOutcome =>
    link.outcome === 'unchanged' && script.outcome === 'updated' ? { ...link, outcome: 'updated' } : link;
  try {
    return { ...withScript(installSymlink(systemLink!, places.script)), onPath: onPath(systemLink!) };
  } catch (error) {
    if (!needsAdmin(error)) throw error;
  }
  const plan = symlinkPlan(systemLink!, places.script);
  if (steps.runAsAdmin && (await steps.runAsAdmin(linkCommand(systemLink!, places.script)))) {
    return { ...withScript(plan), onPath: onPath(systemLink!) };
  }
  return { ...withScript(installSymlink(userLink!, places.script)), onPath: onPath(userLink!) };
}

/** Removes what installCommand put there, and only that; a foreign rapport is reported and left. */
export async function uninstallCommand(
  places: CommandPlaces,
  steps: SystemSteps = {},
): Promise<UninstallOutcome[]> {
  if (places.platform === 'linux') return [uninstallLauncher(places.script)];
  if (places.platform === 'win32') {
    const removed = uninstallLauncher(places.script);
    const current = steps.userPath?.read();
    if (current && steps.userPath) {
      const next = userPathWithout(current, places.folder);
      if (next.value !== current.value) steps.userPath.write(next);
    }
    return [removed];
  }
  const results: UninstallOutcome[] = [];
  for (const link of places.links) {
    try {
      results.push(uninstallLauncher(link, places.script));
    } catch (error) {
      const plan = uninstallPlan(link, places.script);
      if (!needsAdmin(error) || plan.outcome !== 'removed' || !steps.runAsAdmin) throw error;
      if (!(await steps.runAsAdmin(unlinkCommand(link)))) {
        throw new Error(`${link} was not removed: the administrator's password was not given.`, {
          cause: error,
        });
      }
      results.push(plan);
    }
  }
  results.push(uninstallLauncher(places.script));
  return results;
}
