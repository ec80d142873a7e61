import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../electron/core/router/app-core';
import { CHANNEL_NAMES } from '../../shared/contract';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

function core() {
  return createAppCore({ vaultDir: join(tempDir(), 'vault'), kdf: TEST_KDF });
}

describe('router', () => {
  it('refuses an unknown channel without running anything', async () => {
    const { router } = core();
    for (const channel of ['nope', '__proto__', 'constructor', 42, null]) {
      expect(await router.invoke(channel, {})).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: 'Unknown request.' },
      });
    }
  });

  it('refuses unknown keys, wrong types and huge strings with a clear VALIDATION error', async () => {
    const { router, session } = core();
    const bad = [
      ['vault:create', { passphrase: STRONG, confirmation: STRONG, admin: true }],
      ['vault:create', { passphrase: 42, confirmation: STRONG }],
      ['vault:create', { passphrase: 'x'.repeat(5000), confirmation: 'x'.repeat(5000) }],
      ['vault:create', {}],
      ['vault:create', null],
      ['settings:update', { autoLockMinutes: 0 }],
      ['settings:update', { autoLockMinutes: 1.5 }],
    ] as const;
    for (const [channel, payload] of bad) {
      const result = await router.invoke(channel, payload);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.message.length).toBeGreaterThan(10);
      }
    }
    expect(session.status().state).toBe('absent');
  });

  it('answers LOCKED for data channels while the vault is locked', async () => {
    const { router } = core();
    const result = await router.invoke('clients:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('never throws and never leaks internals, whatever arrives on any channel', async () => {
    const { router, session } = core();
    await router.invoke('vault:create', { passphrase: STRONG, confirmation: STRONG });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), fc.anything(), async (channel, payload) => {
        if (channel === 'vault:lock') return; // locking is a legitimate answer to `{}`; keep the vault open
        const result = await router.invoke(channel, payload);
        if (!result.ok) {
          expect(result.error.message).not.toMatch(/SQLITE|sqlite|\.ts:|node_modules|at [A-Za-z]+ \(/);
        }
      }),
      { numRuns: 300 },
    );
    expect(session.status().state).toBe('unlocked');
    session.lock('user');
    // The backup of the lock runs in a worker: done before the test's folder is removed.
    await session.settled();
  });

  it('runs the whole vault flow through the contract', async () => {
    const { router, session } = core();
    const created = await router.call('vault:create', { passphrase: STRONG, confirmation: STRONG });
    expect(created.ok && created.value.recoveryKey).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
    expect(await router.call('clients:list', {})).toEqual({ ok: true, value: [] });
    expect(await router.call('settings:update', { autoLockMinutes: 15 })).toEqual({
      ok: true,
      value: { autoLockMinutes: 15 },
    });
    await router.call('vault:lock', {});
    const wrong = await router.call('vault:unlock', { passphrase: 'definitely-not-it' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await router.call('vault:unlock', { passphrase: STRONG })).toEqual({ ok: true, value: null });
    expect(await router.call('settings:get', {})).toEqual({ ok: true, value: { autoLockMinutes: 15 } });
    await router.call('vault:lock', {});
    await session.settled();
  });
});
