/** The one origin the UI is served from. Everything else is foreign to the app. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rapport';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs on the app's own origin. A prefix test with the trailing slash is exact: it cannot
 * be met by `app://rapport.evil/` or `app://rapport@elsewhere/`.
 */
export function isAppUrl(url: unknown): boolean {
  return typeof url === 'string' && url.startsWith(`${APP_ORIGIN}/`);
}
