import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU_ITEM_IDS, menuEnabled } from '../../electron/main/menu-state';

describe('the menu while the client holds the laptop', () => {
  it('has every item of ours enabled normally and disabled in client mode', () => {
    expect(Object.values(menuEnabled({ clientMode: false }))).toEqual(MENU_ITEM_IDS.map(() => true));
    expect(Object.values(menuEnabled({ clientMode: true }))).toEqual(MENU_ITEM_IDS.map(() => false));
    expect(menuEnabled({ clientMode: true }).lock).toBe(false);
  });

  it('leaves no item of the menu outside that state (Electron cannot run here, so its source is read)', () => {
    const source = readFileSync(join(__dirname, '../../electron/main/menu.ts'), 'utf8');
    const ids = [...source.matchAll(/\bid: '([^']+)'/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual([...MENU_ITEM_IDS].sort());
    for (const id of MENU_ITEM_IDS) {
      const item = new RegExp(`id: '${id}'[^}]*enabled: enabled(\\.${id}|\\['${id}'\\])`, 's');
      expect(source, id).toMatch(item);
    }
    // Only the Edit menu's roles (copy, paste in the client's own message) stand outside it.
    const roles = [...source.matchAll(/role: '([^']+)'/g)].map((m) => m[1] ?? '');
    expect(roles.filter((r) => !['reload', 'toggleDevTools', 'close', 'quit'].includes(r)).sort()).toEqual(
      ['appMenu', 'editMenu', 'help', 'windowMenu'].sort(),
    );
  });
});
