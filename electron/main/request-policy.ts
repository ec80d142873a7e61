import { APP_ORIGIN, isAppUrl } from './app-origin';

/**
 * Which requests the window may make at all. The app works offline by design, so anything that
 * would reach a network is cancelled. data: and blob: never leave the process; the DevTools front
 * end needs devtools: while developing.
 */
export function isRequestAllowed(url: string, options: { allowDevtools: boolean }): boolean {
  if (isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:')) return true;
  return options.allowDevtools && url.startsWith('devtools://');
}

/** Only the app's own pages may call the bridge: not a frame that was navigated or injected elsewhere. */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return isAppUrl(frameUrl);
}

/** The one permission the app's own pages get: writing to the clipboard (Copy on the recovery key). */
export function isPermissionAllowed(permission: string, requestingUrl: string | null | undefined): boolean {
  // The check handler passes an origin ("app://rapport"), the request handler a full URL.
  const fromApp = requestingUrl === APP_ORIGIN || isAppUrl(requestingUrl);
  return permission === 'clipboard-sanitized-write' && fromApp;
}
