import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultVaultDir, vaultDirFromEnv } from '../../electron/core/vault/location';

describe('vaultDirFromEnv', () => {
  it('uses RAPPORT_VAULT when set, as an absolute path', () => {
    expect(vaultDirFromEnv({ RAPPORT_VAULT: '/srv/vaults/test' })).toBe(resolve('/srv/vaults/test'));
    expect(vaultDirFromEnv({ RAPPORT_VAULT: 'relative/vault' })).toBe(join(process.cwd(), 'relative/vault'));
  });

  it('falls back to the per-user folder the command line also uses', () => {
    const env = { XDG_CONFIG_HOME: '/home/someone/.config', APPDATA: 'C:\\Users\\someone\\AppData\\Roaming' };
    expect(vaultDirFromEnv(env)).toBe(defaultVaultDir(env));
    expect(vaultDirFromEnv({ ...env, RAPPORT_VAULT: '  ' })).toBe(defaultVaultDir(env));
  });
});
