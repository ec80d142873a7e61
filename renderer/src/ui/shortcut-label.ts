const isMac = /Mac OS X|Macintosh/i.test(navigator.userAgent);

/** A Ctrl/Cmd shortcut written the way this platform writes it, e.g. "Ctrl+L" or "⌘L". */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}

/** The same shortcut in aria-keyshortcuts syntax, for assistive technology. */
export function ariaShortcut(key: string): string {
  return isMac ? `Meta+${key}` : `Control+${key}`;
}
