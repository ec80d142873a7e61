import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATABASE_FILE = 'rapport.db';
export const KEY_FILE = 'rapport.key';
/** The audit trail's newest entry, authenticated with the vault key: see audit-anchor.ts. */
export const ANCHOR_FILE = 'rapport.anchor';

/**
 * The per-user folder Electron's `app.getPath('userData')` gives for productName "Rapport", worked
 * out without Electron so that the command line finds the same vault the app uses.
 */
export function defaultVaultDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Rapport', 'vault');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Rapport', 'vault');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Rapport', 'vault');
}

/**
 * Where this user's vault is: RAPPORT_VAULT when set (so the app and the command line can both be
 * pointed at a test or a second vault), else the per-user default.
 */
export function vaultDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.RAPPORT_VAULT?.trim();
  return override ? resolve(override) : defaultVaultDir(env);
}
