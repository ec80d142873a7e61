import { posix, win32 } from 'node:path';

/**
 * Where the `rapport` command goes on each system, and what it runs. Everything comes in as a
 * parameter (the platform, the environment, the folders), so the tests lay out each system's
 * folders in a temporary one.
 */
export type CommandPlaces =
  | {
      /** ~/.local/bin/rapport, a script running the executable (the AppImage itself, not its mount). */
      platform: 'linux';
      script: string;
      executable: string;
    }
  | {
      /**
       * The script lives with the app's data; the command is a symbolic link to it, first in
       * /usr/local/bin (with an administrator's password when that folder is not writable), else
       * in ~/.local/bin.
       */
      platform: 'darwin';
      script: string;
      links: readonly string[];
      executable: string;
    }
  | {
      /** rapport.cmd in a folder of the user's own, which is added to the user's PATH. */
      platform: 'win32';
      folder: string;
      script: string;
      executable: string;
    };

export interface PlacesInput {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
  /** The app's data folder (Electron's userData). */
  userData: string;
  /** The running executable (process.execPath). */
  execPath: string;
  /** The folder a system-wide link goes in on macOS; /usr/local/bin, another in tests. */
  systemBin?: string;
}

export function commandPlaces(input: PlacesInput): CommandPlaces | null {
  const { platform, env, home, userData, execPath } = input;
  if (platform === 'linux') {
    // Inside an AppImage, execPath is in a mount that changes on every start; APPIMAGE is the file.
    const executable = env.APPIMAGE || execPath;
    return { platform, script: posix.join(home, '.local', 'bin', 'rapport'), executable };
  }
  if (platform === 'darwin') {
    return {
      platform,
      script: posix.join(userData, 'bin', 'rapport'),
      links: [
        posix.join(input.systemBin ?? '/usr/local/bin', 'rapport'),
        posix.join(home, '.local', 'bin', 'rapport'),
      ],
      executable: execPath,
    };
  }
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || win32.join(home, 'AppData', 'Local');
    const folder = win32.join(local, 'Rapport', 'bin');
    return { platform, folder, script: win32.join(folder, 'rapport.cmd'), executable: execPath };
  }
  return null;
}

/** Whether `folder` is one of the entries of a PATH value (`;`-separated on Windows, `:` elsewhere). */
export function folderOnPath(
  pathValue: string | undefined,
  folder: string,
  platform: NodeJS.Platform,
): boolean {
  const windows = platform === 'win32';
  const tidy = (entry: string) => {
    const trimmed = entry.trim().replace(/[\\/]+$/, '');
    return windows ? trimmed.toLowerCase() : trimmed;
  };
  return (pathValue ?? '')
    .split(windows ? ';' : ':')
    .some((entry) => entry.trim() !== '' && tidy(entry) === tidy(folder));
}
