import { Menu, type MenuItemConstructorOptions } from 'electron';

/** Standard editing (so copy and paste work on every platform) and Lock, which works from anywhere. */
export function buildAppMenu(options: { onLock: () => void; developer: boolean }): Menu {
  const developerMenu: MenuItemConstructorOptions = {
    label: 'Develop',
    submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }],
  };
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
  ];
  return Menu.buildFromTemplate(template);
}
