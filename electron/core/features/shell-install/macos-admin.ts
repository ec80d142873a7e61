/** A value as one sh word. */
function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A value as an AppleScript string literal. */
function appleScriptString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * The arguments to osascript that run one shell command as an administrator, after macOS has asked
 * for the password in its own dialog: how a link in /usr/local/bin is made or removed when that
 * folder belongs to root (it does unless Homebrew took it over).
 */
export function osascriptAsAdmin(shellCommand: string): string[] {
  return ['-e', `do shell script ${appleScriptString(shellCommand)} with administrator privileges`];
}

/** The one privileged step of installing on macOS: the folder if it is missing, and the link. */
export function linkCommand(link: string, target: string): string {
  const folder = link.slice(0, link.lastIndexOf('/')) || '/';
  return `mkdir -p ${shellQuoted(folder)} && ln -sfn ${shellQuoted(target)} ${shellQuoted(link)}`;
}

export function unlinkCommand(link: string): string {
  return `rm -f ${shellQuoted(link)}`;
}
