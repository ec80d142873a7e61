import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vaultDirFrom } from '../../electron/main/vault-dir';
import { defaultVaultDir } from '../../electron/vault/location';

describe('vaultDirFrom', () => {
  it('uses RAPPORT_VAULT when set, as an absolute path', () => {
    expect(vaultDirFrom({ RAPPORT_VAULT: '/srv/vaults/test' })).toBe(resolve('/srv/vaults/test'));
    expect(vaultDirFrom({ RAPPORT_VAULT: 'relative/vault' })).toBe(join(process.cwd(), 'relative/vault'));
  });

  it('falls back to the per-user folder the command line also uses', () => {
    const env = { XDG_CONFIG_HOME: '/home/someone/.config', APPDATA: 'C:\\Users\\someone\\AppData\\Roaming' };
    expect(vaultDirFrom(env)).toBe(defaultVaultDir(env));
    expect(vaultDirFrom({ ...env, RAPPORT_VAULT: '  ' })).toBe(defaultVaultDir(env));
  });
});
