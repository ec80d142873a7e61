import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FolderPurpose } from '../../shared/files/files-contract';
import { createAppCore } from '../../electron/core/router/app-core';
import { TEST_KDF, tempDir } from './support/temp-vault';

describe('files:chooseFolder', () => {
  it('asks the shell’s picker, saying what the folder is for, and passes on its answer', async () => {
    const asked: FolderPurpose[] = [];
    const answers = ['/media/backup-drive', null];
    const core = createAppCore({
      vaultDir: join(tempDir(), 'vault'),
      kdf: TEST_KDF,
      chooseFolder: async (purpose) => {
        asked.push(purpose);
        return answers.shift() ?? null;
      },
    });
    // Works while locked: restoring on a new computer starts by choosing the backup folder.
    expect(await core.router.call('files:chooseFolder', { purpose: 'restore-source' })).toEqual({
      ok: true,
      value: { path: '/media/backup-drive' },
    });
    expect(await core.router.call('files:chooseFolder', { purpose: 'audit-export' })).toEqual({
      ok: true,
      value: { path: null },
    });
    expect(asked).toEqual(['restore-source', 'audit-export']);
  });

  it('says plainly that it is unavailable where no shell provides a picker', async () => {
    const core = createAppCore({ vaultDir: join(tempDir(), 'vault'), kdf: TEST_KDF });
    const result = await core.router.call('files:chooseFolder', { purpose: 'backup-second-folder' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Choosing a folder is not available in this window.' },
    });
  });

  it('refuses a purpose it does not know before any dialog opens', async () => {
    let opened = 0;
    const core = createAppCore({
      vaultDir: join(tempDir(), 'vault'),
      kdf: TEST_KDF,
      chooseFolder: async () => {
        opened += 1;
        return '/tmp';
      },
    });
    const result = await core.router.invoke('files:chooseFolder', { purpose: 'anywhere' });
    expect(result.ok || result.error.code).toBe('VALIDATION');
    expect(opened).toBe(0);
  });
});
