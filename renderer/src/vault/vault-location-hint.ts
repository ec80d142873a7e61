/**
 * Where the vault folder normally lives on this kind of computer (electron/core/vault/location.ts keeps
 * the same rule on the main side). The renderer is not told the real path, so this is the default.
 */
export function vaultLocationHint(userAgent: string = navigator.userAgent): string {
  if (/Windows/i.test(userAgent)) return '%APPDATA%\\Rapport\\vault';
  if (/Mac OS X|Macintosh/i.test(userAgent)) return '~/Library/Application Support/Rapport/vault';
  return '~/.config/Rapport/vault';
}
