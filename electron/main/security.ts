import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { isAllowedExternalUrl } from './external-links';
import { isPermissionAllowed, isRequestAllowed } from './request-policy';

/**
 * No camera, microphone, notifications, location or devices, and no network: the app needs none.
 * The only permission granted is clipboard writing for the app's own pages.
 */
export function hardenSession(session: Session, options: { allowDevtools: boolean }): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, options);
    if (!allowed) console.warn(`[shell] blocked a request (${schemeOf(details.url)})`);
    callback({ cancel: !allowed });
  });
}

/** Applied to every web contents the app ever creates, so no window can leave the app's origin. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openIfAllowed(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/** Only the scheme is logged: a URL's path or query could carry what the page was showing. */
function schemeOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return 'unparsable URL';
  }
}
