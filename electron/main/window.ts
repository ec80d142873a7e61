import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { hardenedWebPreferences } from './web-preferences';

/** The title never changes, so a window switcher or screen share never shows a client's name. */
const WINDOW_TITLE = 'Rapport';

export function createMainWindow(options: { preloadPath: string; devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1d2023' : '#f7f6f3',
    webPreferences: hardenedWebPreferences({ preload: options.preloadPath, devTools: options.devTools }),
  });
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
