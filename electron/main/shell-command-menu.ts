import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import { app, dialog, type BrowserWindow } from 'electron';
import { commandPlaces } from '../core/features/shell-install/command-places';
import {
  installCommand,
  uninstallCommand,
  type SystemSteps,
} from '../core/features/shell-install/install-command';
import {
  describeInstall,
  describeUninstall,
  type InstallMessage,
} from '../core/features/shell-install/install-messages';
import { osascriptAsAdmin } from '../core/features/shell-install/macos-admin';
import { readUserPath, writeUserPath } from '../core/features/shell-install/windows-user-path-registry';

/*
 * The menu items "Install 'rapport' command in PATH…" and "Remove 'rapport' command from PATH": what
 * they do on each system is electron/core/features/shell-install, tested under Node; this file
 * only gives it this app's paths and the system's own steps, and shows what it says.
 */

function places() {
  return commandPlaces({
    platform: process.platform,
    env: process.env,
    home: homedir(),
    userData: app.getPath('userData'),
    execPath: process.execPath,
  });
}

const steps: SystemSteps = {
  // macOS asks for the password in its own dialog; a refusal or a cancel is an error from osascript.
  runAsAdmin: (command) =>
    new Promise((resolve) =>
      execFile('/usr/bin/osascript', osascriptAsAdmin(command), (error) => resolve(!error)),
    ),
  ...(process.platform === 'win32' ? { userPath: { read: readUserPath, write: writeUserPath } } : {}),
};

async function show(window: BrowserWindow | null, said: InstallMessage | ErrorMessage): Promise<void> {
  const options = { ...said, buttons: ['OK'] };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

interface ErrorMessage {
  type: 'error';
  message: string;
  detail: string;
}

/** File system messages name an operation and a path, never client data. */
function failure(message: string, error: unknown): ErrorMessage {
  return { type: 'error', message, detail: error instanceof Error ? error.message : String(error) };
}

export async function installShellCommand(window: BrowserWindow | null): Promise<void> {
  const where = places();
  if (!where) return;
  try {
    await show(window, describeInstall(await installCommand(where, process.env, steps), process.platform));
  } catch (error) {
    await show(window, failure("The 'rapport' command was not installed.", error));
  }
}

export async function uninstallShellCommand(window: BrowserWindow | null): Promise<void> {
  const where = places();
  if (!where) return;
  try {
    await show(window, describeUninstall(await uninstallCommand(where, steps)));
  } catch (error) {
    await show(window, failure("The 'rapport' command was not removed.", error));
  }
}
