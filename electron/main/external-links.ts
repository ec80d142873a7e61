/**
 * The only pages the app may open in the user's browser, compared exactly. Kept tiny on purpose:
 * a link built from note text or a client record must never become a way out.
 */
export const EXTERNAL_LINKS: readonly string[] = ['https://www.zetetic.net/sqlcipher/'];

export function isAllowedExternalUrl(url: string): boolean {
  return EXTERNAL_LINKS.includes(url);
}
