/**
 * The line that marks a launcher as Rapport's own. Only a file carrying it (or a symbolic link to
 * one) is ever replaced or removed: a `rapport` written by anyone else is left alone.
 */
export const LAUNCHER_MARK =
  "Written by Rapport (Help > Install 'rapport' command in PATH), which replaces or removes it.";

function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The `rapport` command on Linux and macOS: runs the app's executable as the command line. The
 * `--` keeps Chromium from reading any of the person's words as a switch of its own.
 */
export function posixLauncher(executable: string): string {
  return `#!/bin/sh\n# ${LAUNCHER_MARK}\nexec ${shellQuoted(executable)} --cli -- "$@"\n`;
}

/**
 * `rapport.cmd` on Windows. The app's executable is a GUI program: typed at a prompt, cmd would not
 * wait for it, but from a batch file it does, and %ERRORLEVEL% is then the command line's exit code.
 * A % in the path is doubled, as a batch file reads it.
 */
export function windowsLauncher(executable: string): string {
  const path = executable.replaceAll('%', '%%');
  return `@echo off\r\nrem ${LAUNCHER_MARK}\r\n"${path}" --cli -- %*\r\nexit /b %ERRORLEVEL%\r\n`;
}
