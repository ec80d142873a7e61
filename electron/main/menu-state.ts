/** The menu's own items, by id, so their state can be decided apart from Electron. */
export const MENU_ITEM_IDS = [
  'lock',
  'quit',
  'reload',
  'toggle-dev-tools',
  'install-shell-command',
  'uninstall-shell-command',
] as const;
export type MenuItemId = (typeof MENU_ITEM_IDS)[number];

/**
 * Which menu items work. While the client holds the laptop none does, nor their shortcuts (a
 * disabled item's accelerator does nothing): only the clinician's passphrase or PIN ends client
 * mode. The Edit menu's roles stay, so the client can copy and paste in their own message.
 */
export function menuEnabled(mode: { clientMode: boolean }): Record<MenuItemId, boolean> {
  return Object.fromEntries(MENU_ITEM_IDS.map((id) => [id, !mode.clientMode])) as Record<MenuItemId, boolean>;
}
