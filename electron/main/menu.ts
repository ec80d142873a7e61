import { Menu, type MenuItemConstructorOptions } from 'electron';
import { menuEnabled } from './menu-state';

export interface AppMenuOptions {
  onLock: () => void;
  developer: boolean;
  /** Only an installed app has an executable worth putting on the PATH: absent when developing. */
  shellCommand?: { install: () => void; uninstall: () => void };
  /** The laptop is with the client: the menu is rebuilt with every item of ours disabled. */
  clientMode: boolean;
}

/**
 * Standard editing (so copy and paste work on every platform), Lock, which works from anywhere, and
 * in an installed app the `rapport` command, put on the PATH as editors do for their own.
 */
export function buildAppMenu(options: AppMenuOptions): Menu {
  const enabled = menuEnabled(options);
  const developerMenu: MenuItemConstructorOptions = {
    label: 'Develop',
    submenu: [
      { id: 'reload', role: 'reload', enabled: enabled.reload },
      { id: 'toggle-dev-tools', role: 'toggleDevTools', enabled: enabled['toggle-dev-tools'] },
    ],
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
              enabled: enabled['install-shell-command'],
            },
            {
              id: 'uninstall-shell-command',
              label: "Remove 'rapport' command from PATH",
              click: options.shellCommand.uninstall,
              enabled: enabled['uninstall-shell-command'],
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
        {
          id: 'lock',
          label: 'Lock',
          accelerator: 'CmdOrCtrl+L',
          click: options.onLock,
          enabled: enabled.lock,
        },
        { type: 'separator' },
        { id: 'quit', role: process.platform === 'darwin' ? 'close' : 'quit', enabled: enabled.quit },
      ],
    },
    { role: 'editMenu' },
    ...(options.developer ? [developerMenu] : []),
    ...(process.platform === 'darwin' ? [{ role: 'windowMenu' } as const] : []),
    ...helpMenu,
  ];
  return Menu.buildFromTemplate(template);
}
