import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  onLock: () => void;
  developer: boolean;
  /** Only an installed app has an executable worth putting on the PATH: absent when developing. */
  shellCommand?: { install: () => void; uninstall: () => void };
}

/**
 * Standard editing (so copy and paste work on every platform), Lock, which works from anywhere, and
 * in an installed app the `rapport` command, put on the PATH as editors do for their own.
 */
export function buildAppMenu(options: AppMenuOptions): Menu {
  const developerMenu: MenuItemConstructorOptions = {
    label: 'Develop',
    submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }],
  };
  const helpMenu: MenuItemConstructorOptions[] = options.shellCommand
    ? [
        {
          role: 'help',
          submenu: [
            {
              id: 'install-shell-command',
              label: "Install 'rapport' command in PATH…",
              click: options.shellCommand.install,
            },
            {
              id: 'uninstall-shell-command',
              label: "Remove 'rapport' command from PATH",
              click: options.shellCommand.uninstall,
            },
          ],
        },
      ]
    : [];
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { id: 'lock', label: 'Lock', accelerator: 'CmdOrCtrl+L', click: options.onLock },
        { type: 'separator' },
        { role: process.platform === 'darwin' ? 'close' : 'quit' },
      ],
    },
    { role: 'editMenu' },
    ...(options.developer ? [developerMenu] : []),
    ...(process.platform === 'darwin' ? [{ role: 'windowMenu' } as const] : []),
    ...helpMenu,
  ];
  return Menu.buildFromTemplate(template);
}
