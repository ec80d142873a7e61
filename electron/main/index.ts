import { join } from 'node:path';
import { app, BrowserWindow, Menu, session } from 'electron';
import { createAppCore } from '../core/router/app-core';
import { registerAppScheme, serveAppFiles } from './app-protocol';
import { fullScreenDuringClientMode } from './client-mode-window';
import { chooseFolder } from './folder-dialog';
import { handleBridgeCalls, sendBridgeEvent } from './ipc';
import { lockAfterSavesSafely, lockOnSystemEvents } from './lock-triggers';
import { buildAppMenu } from './menu';
import { createElectronSummaryPrinter } from './pdf-printer';
import { hardenSession, hardenWebContents } from './security';
import { chooseSummaryPath } from './summary-save-dialog';
import {
  forwardBackupEvents,
  forwardIntegrityEvents,
  forwardVaultEvents,
  forwardYourDataEvents,
} from './vault-events';
import { vaultDirFromEnv } from '../core/vault/location';
import { createMainWindow } from './window';
import { runAsCommandLine } from './command-line';
import { installShellCommand, uninstallShellCommand } from './shell-command-menu';
import { commandLineFromAppArgv } from '../tools/cli/app-argv';

registerAppScheme();
app.enableSandbox();

const commandLine = commandLineFromAppArgv(process.argv, { defaultApp: process.defaultApp === true });
if (commandLine) {
  runAsCommandLine(commandLine);
} else if (app.requestSingleInstanceLock()) {
  start();
} else {
  // A second copy would open the same vault: hand over to the running one instead.
  app.quit();
}

function start(): void {
  const developer = !app.isPackaged;
  const {
    session: vault,
    router,
    backups,
    integrity,
    services,
  } = createAppCore({
    vaultDir: vaultDirFromEnv(),
    onSlow: (channel, ms) => console.warn(`[ipc] ${channel} took ${Math.round(ms)} ms`),
    onInternalError: (channel, error) => console.error(`[ipc] ${channel} failed: ${(error as Error).name}`),
    summaryExport: {
      printer: createElectronSummaryPrinter(),
      choosePath: (defaultName) => chooseSummaryPath(mainWindow, defaultName),
    },
    chooseFolder: (purpose) => chooseFolder(mainWindow, purpose),
    // The regional setting, not the language of the OS's menus (app.getLocale()), which is what
    // Chromium's own date fields would follow. Asked for only once Electron is ready.
    locale: () => app.getSystemLocale(),
  });
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // Closing the window ends the session on every platform: a vault left open in the dock helps no one.
  app.on('window-all-closed', () => app.quit());
  forwardVaultEvents(vault, (event, payload) => sendBridgeEvent(mainWindow?.webContents, event, payload));
  forwardBackupEvents(backups, (event, payload) => sendBridgeEvent(mainWindow?.webContents, event, payload));
  forwardIntegrityEvents(integrity, (event, payload) =>
    sendBridgeEvent(mainWindow?.webContents, event, payload),
  );
  forwardYourDataEvents(services, (event, payload) =>
    sendBridgeEvent(mainWindow?.webContents, event, payload),
  );

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, { allowDevtools: developer });
      serveAppFiles(join(app.getAppPath(), 'out', 'renderer'));
      handleBridgeCalls(router);
      const windowOpen = () => mainWindow !== null && !mainWindow.isDestroyed();
      lockOnSystemEvents(vault, windowOpen);
      // The menu's shortcut reaches the menu before the page: the page's editors save first here too.
      const setMenu = (clientMode: boolean) =>
        Menu.setApplicationMenu(
          buildAppMenu({
            onLock: () => void lockAfterSavesSafely(vault, 'user', windowOpen),
            developer,
            clientMode,
            ...(!developer
              ? {
                  shellCommand: {
                    install: () => void installShellCommand(mainWindow),
                    uninstall: () => void uninstallShellCommand(mainWindow),
                  },
                }
              : {}),
          }),
        );
      setMenu(false);
      services.clientMode.on('changed', setMenu);
      fullScreenDuringClientMode(services.clientMode, () => mainWindow);
      mainWindow = createMainWindow({
        preloadPath: join(app.getAppPath(), 'out', 'preload', 'index.cjs'),
        devTools: developer,
      });
    })
    .catch((error: unknown) => {
      console.error(`[shell] could not start: ${(error as Error).name}`);
      app.exit(1);
    });
}
