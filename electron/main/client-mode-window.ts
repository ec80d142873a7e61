import type { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';

/**
 * While the client holds the laptop the window fills the screen, so nothing of the desktop, the
 * dock or other windows is in front of them; leaving puts the window back as the clinician had it.
 */
export function fullScreenDuringClientMode(
  clientMode: EventEmitter,
  window: () => BrowserWindow | null,
): void {
  let fullScreenBefore = false;
  clientMode.on('changed', (on: boolean) => {
    const win = window();
    if (!win || win.isDestroyed()) return;
    if (on) {
      fullScreenBefore = win.isFullScreen();
      win.setFullScreen(true);
    } else {
      win.setFullScreen(fullScreenBefore);
    }
  });
}
