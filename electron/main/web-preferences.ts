import type { WebPreferences } from 'electron';

/**
 * The settings every window of the app runs with, the main window and the hidden one that prints
 * PDFs alike: no Node in the page, a sandboxed and isolated renderer, no insecure content, no
 * <webview>, and no spellchecker (it downloads dictionaries, and the app makes no network
 * requests). Auxclick is switched off so a middle click cannot open a link in a new window
 * (Electronegativity's AUXCLICK check).
 */
export function hardenedWebPreferences(extra: WebPreferences = {}): WebPreferences {
  return {
    ...extra,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
  };
}
