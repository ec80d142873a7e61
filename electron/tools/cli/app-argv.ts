/** The switch that makes the app's executable the command line instead of the app. */
export const CLI_SWITCH = '--cli';

/**
 * The `rapport` command line the app's executable was started with, or null when it was started as
 * the app: the words after `--cli`, verbatim, once one `--` just after it is dropped (the
 * installed launchers pass one so that Chromium, which reads every `--word` of the command line as
 * its own switch, takes none of the person's words for one).
 *
 * Before `--cli` may come only what Electron, Chromium or the system put there: switches
 * (`--no-sandbox`, `--enable-logging`, `--ozone-platform=wayland`), the process serial number
 * `-psn_0_12345` that older macOS adds when Finder starts an app, and, when Electron runs an
 * unpackaged app (`electron . --cli …`), the app's folder. Any other word there is a file or a URL
 * given to the app, and `--cli` after it is no request for the command line.
 */
export function commandLineFromAppArgv(
  argv: readonly string[],
  options: { defaultApp: boolean },
): string[] | null {
  let appFolderToSkip = options.defaultApp;
  // argv[0] is the executable itself.
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === CLI_SWITCH) {
      const rest = argv.slice(i + 1);
      return rest[0] === '--' ? rest.slice(1) : rest;
    }
    // Chromium reads both `--name` and `-name` as switches; `-psn_…` is one of the latter.
    if (word.startsWith('-')) continue;
    if (!appFolderToSkip) return null;
    appFolderToSkip = false;
  }
  return null;
}
