import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app, session } from 'electron';
import { serveAppFiles } from './app-protocol';
import { appPrinting } from './command-line-printing';
import { hardenSession, hardenWebContents } from './security';

/**
 * The executable as the `rapport` command (`Rapport --cli <command> …`), through Electron's own
 * Node, so the RunAsNode fuse stays off: no window is opened, the command's words, output and exit
 * code are the command line's own, and the process ends with it.
 *
 * The single-instance lock is never asked for. Asked while the app is open, it would be refused and
 * pass these words to the open app as a second launch; the command would be lost and the app's
 * window brought forward instead. Nor could the lock keep a second process from the vault: the
 * vault's own lock does that, so a command over the vault the open app holds stops with the
 * command line's usual "already open" message and exit code 7.
 *
 * Chromium gets a profile of its own in a temporary folder, removed at the end, so it never shares
 * (and locks) the open app's, and the command leaves nothing behind.
 */
export function runAsCommandLine(args: readonly string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
  app.setPath('userData', profile);
  app.setPath('sessionData', profile);
  // Printing needs no GPU: without it no GPU process starts and no GPU cache is written.
  app.disableHardwareAcceleration();
  // The printer's hidden window is destroyed after each PDF; that is no reason to end the command.
  app.on('window-all-closed', () => undefined);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  const finish = (code: number) => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Chromium may still hold a file there (Windows refuses to delete an open file). The profile
      // holds no client data (pages get theirs by script, served no-store), and the exit matters more.
    }
    app.exit(code);
  };
  app
    .whenReady()
    .then(async () => {
      app.dock?.hide();
      hardenSession(session.defaultSession, { allowDevtools: false });
      serveAppFiles(join(app.getAppPath(), 'out', 'renderer'));
      // Loaded only here: the app's own start never pays for the commands.
      const { runCliInThisProcess } = await import('../tools/cli/run-in-process');
      return runCliInThisProcess(args, { printing: appPrinting });
    })
    .then(finish, (error: unknown) => {
      // runCli reports its own failures; this is the shell failing around it.
      process.stderr.write(`rapport: the app could not start its command line (${(error as Error).name}).\n`);
      finish(1);
    });
}
