import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { AppError } from '../../base/app-error';

/*
 * The command line prints PDFs with a Chromium-family browser already on the computer (the app
 * prints with Electron's own). This finds one where each system's installers put it: the
 * variable RAPPORT_CHROMIUM first, then Chrome, Chromium, Edge and Brave, system-wide installs
 * before per-user ones.
 */

export const BROWSER_VARIABLE = 'RAPPORT_CHROMIUM';

export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The user's home folder, for per-user installs on macOS. */
  home: string;
  /**
   * Where the file system starts, for a test that lays a computer out in a temporary folder:
   * `/Applications/…` is looked for under `<root>/Applications/…`, `C:\Program Files\…` under
   * `<root>/C/Program Files/…`. The paths returned are always the computer's own.
   */
  root?: string;
}

export interface Browser {
  name: string;
  path: string;
}

export type BrowserFound =
  { found: true; browser: Browser; from: 'variable' | 'installed' } | { found: false; reason: string };

const MAC_APPS: readonly Browser[] = [
  { name: 'Google Chrome', path: 'Google Chrome.app/Contents/MacOS/Google Chrome' },
  { name: 'Chromium', path: 'Chromium.app/Contents/MacOS/Chromium' },
  { name: 'Microsoft Edge', path: 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge' },
  { name: 'Brave', path: 'Brave Browser.app/Contents/MacOS/Brave Browser' },
];

const WINDOWS_APPS: readonly Browser[] = [
  { name: 'Google Chrome', path: 'Google\\Chrome\\Application\\chrome.exe' },
  { name: 'Chromium', path: 'Chromium\\Application\\chrome.exe' },
  { name: 'Microsoft Edge', path: 'Microsoft\\Edge\\Application\\msedge.exe' },
  { name: 'Brave', path: 'BraveSoftware\\Brave-Browser\\Application\\brave.exe' },
];

const LINUX_COMMANDS: readonly Browser[] = [
  { name: 'Chromium', path: 'chromium' },
  { name: 'Chromium', path: 'chromium-browser' },
  { name: 'Google Chrome', path: 'google-chrome' },
  { name: 'Google Chrome', path: 'google-chrome-stable' },
  { name: 'Microsoft Edge', path: 'microsoft-edge' },
  { name: 'Microsoft Edge', path: 'microsoft-edge-stable' },
  { name: 'Brave', path: 'brave-browser' },
];

/** Installs under /opt that put no command in a bin folder (a downloaded package, unpacked). */
const LINUX_OPT: readonly Browser[] = [
  { name: 'Google Chrome', path: '/opt/google/chrome/chrome' },
  { name: 'Microsoft Edge', path: '/opt/microsoft/msedge/msedge' },
  { name: 'Brave', path: '/opt/brave.com/brave/brave' },
];

/** Where to look, in order: the computer's own paths. */
export function browserCandidates(search: BrowserSearch): Browser[] {
  if (search.platform === 'darwin') {
    return ['/Applications', posix.join(search.home, 'Applications')].flatMap((folder) =>
      MAC_APPS.map((app) => ({ name: app.name, path: posix.join(folder, app.path) })),
    );
  }
  if (search.platform === 'win32') {
    return windowsProgramFolders(search).flatMap((folder) =>
      WINDOWS_APPS.map((app) => ({ name: app.name, path: win32.join(folder, app.path) })),
    );
  }
  // Snap's browsers come last: they cannot always reach the temporary folder a printer uses.
  const bins = ['/usr/bin', '/usr/local/bin'].flatMap((folder) =>
    LINUX_COMMANDS.map((command) => ({ name: command.name, path: posix.join(folder, command.path) })),
  );
  const snaps = LINUX_COMMANDS.map((command) => ({
    name: command.name,
    path: posix.join('/snap/bin', command.path),
  }));
  return [...bins, ...LINUX_OPT, ...snaps];
}

/** Program Files, its 32-bit twin, and the per-user programs folder (where Chrome installs without an administrator). */
function windowsProgramFolders(search: BrowserSearch): string[] {
  const local =
    variable(search.env, 'LOCALAPPDATA') ??
    (variable(search.env, 'USERPROFILE')
      ? win32.join(variable(search.env, 'USERPROFILE')!, 'AppData', 'Local')
      : null);
  const folders = [
    variable(search.env, 'PROGRAMFILES') ?? 'C:\\Program Files',
    variable(search.env, 'PROGRAMFILES(X86)') ?? 'C:\\Program Files (x86)',
    local,
  ];
  return [...new Set(folders.filter((folder): folder is string => folder !== null))];
}

/** Windows's variables are named without regard to case (ProgramFiles, PROGRAMFILES). */
function variable(env: BrowserSearch['env'], name: string): string | null {
  const key = Object.keys(env).find((candidate) => candidate.toUpperCase() === name);
  const value = key === undefined ? undefined : env[key];
  return value ? value : null;
}

/** Where a path of the searched computer lies on this file system. */
function onDisk(search: BrowserSearch, path: string): string {
  if (search.root === undefined) return path;
  if (search.platform === 'win32') {
    const parsed = win32.parse(path);
    const drive = parsed.root.replace(/[:\\]/g, '');
    return posix.join(search.root, drive, ...path.slice(parsed.root.length).split('\\'));
  }
  return posix.join(search.root, path);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findBrowser(search: BrowserSearch): BrowserFound {
  const chosen = search.env[BROWSER_VARIABLE];
  if (chosen) {
    if (isFile(onDisk(search, chosen))) {
      return {
        found: true,
        browser: { name: `the browser ${BROWSER_VARIABLE} names`, path: chosen },
        from: 'variable',
      };
    }
    return {
      found: false,
      reason: `${BROWSER_VARIABLE} names ${chosen}, which is not a file. Set it to the browser's program itself, or unset it to let Rapport look for Chrome, Chromium, Edge or Brave.`,
    };
  }
  const browser = browserCandidates(search).find((candidate) => isFile(onDisk(search, candidate.path)));
  if (browser) return { found: true, browser, from: 'installed' };
  return { found: false, reason: noBrowserAdvice(search.platform) };
}

/** What to do when no browser is found, in the words of the person's own system. */
function noBrowserAdvice(platform: NodeJS.Platform): string {
  const where =
    platform === 'darwin'
      ? 'in /Applications or ~/Applications'
      : platform === 'win32'
        ? 'in Program Files or your own AppData\\Local'
        : 'in /usr/bin, /usr/local/bin, /opt or /snap/bin';
  return `Printing a PDF from the command line needs Google Chrome, Chromium, Microsoft Edge or Brave, and none was found ${where}. Install one of them, or set ${BROWSER_VARIABLE} to the path of a Chromium-family browser's program.`;
}

/** The browser to print with on this computer, or an error that says what to do. */
export function browserOnThisComputer(
  env: BrowserSearch['env'] = process.env,
): Browser & { from: 'variable' | 'installed' } {
  const result = findBrowser({ platform: process.platform, env, home: homedir() });
  if (!result.found) throw new AppError('IO', result.reason);
  return { ...result.browser, from: result.from };
}
