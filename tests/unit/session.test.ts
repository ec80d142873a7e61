import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/base/app-error';
import { VaultSession } from '../../electron/core/session/vault-session';
import type { LockReason } from '../../shared/contract';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

function sessionWithClock() {
  const clock = { now: 1_000_000 };
  const session = new VaultSession({ dir: join(tempDir(), 'vault'), kdf: TEST_KDF, now: () => clock.now });
  const locks: LockReason[] = [];
  session.on('locked', (reason) => locks.push(reason));
  return { session, clock, locks };
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('vault session', () => {
  it('goes absent → unlocked (created) → locked → unlocked', async () => {
    const { session, locks } = sessionWithClock();
    expect(session.status().state).toBe('absent');
    await session.create(STRONG);
    expect(session.status()).toMatchObject({ state: 'unlocked', recoveryKeyConfirmed: false });
    const shown = await session.revealRecoveryKey(STRONG);
    expect(shown).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
    expect((await codeOf(session.revealRecoveryKey('not-the-passphrase'))).code).toBe('WRONG_PASSPHRASE');
    session.confirmRecoverySaved();
    expect(session.status().recoveryKeyConfirmed).toBe(true);
    session.lock('user');
    expect(locks).toEqual(['user']);
    expect(session.status().state).toBe('locked');
    expect((await codeOf(Promise.resolve().then(() => session.db()))).code).toBe('LOCKED');
    await session.unlock(STRONG);
    expect(session.status().state).toBe('unlocked');
    session.lock('quit');
  });

  it('refuses a weak passphrase when creating, and creates nothing', async () => {
    const { session } = sessionWithClock();
    expect((await codeOf(session.create('password123'))).code).toBe('VALIDATION');
    expect(session.status().state).toBe('absent');
  });

  it('makes each failed unlock after the third wait longer, and a success resets it', async () => {
    const { session, clock } = sessionWithClock();
    await session.create(STRONG);
    session.lock('user');
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const error = await codeOf(session.unlock('wrong-passphrase-here'));
      expect(error.code).toBe('WRONG_PASSPHRASE');
      delays.push(error.extra.retryAfterMs ?? -1);
      // While the delay runs, even the right passphrase is not tried.
      if (delays.at(-1)! > 0) {
        const early = await codeOf(session.unlock(STRONG));
        expect(early.message).toMatch(/Too many attempts/);
        clock.now += delays.at(-1)!;
      }
    }
    expect(delays).toEqual([0, 0, 1000, 2000, 4000, 8000]);
    await session.unlock(STRONG);
    session.lock('user');
    expect((await codeOf(session.unlock('wrong-passphrase-here'))).extra.retryAfterMs).toBe(0);
  });

  it('does not lock for idleness while work it waits for runs, and counts idle time from its end', async () => {
    const { session, clock, locks } = sessionWithClock();
    await session.create(STRONG);
    session.setAutoLockMinutes(5);
    let finish!: () => void;
    const work = session.keepAwakeWhile(() => new Promise<void>((done) => (finish = done)));
    clock.now += 12 * 60_000;
    session.checkIdle();
    expect(session.status().state).toBe('unlocked');
    finish();
    await work;
    clock.now += 4 * 60_000;
    session.checkIdle();
    expect(session.status().state).toBe('unlocked');
    clock.now += 60_000;
    session.checkIdle();
    expect(session.status().state).toBe('locked');
    expect(locks).toEqual(['idle']);
  });

  it('ends the hold when the work fails', async () => {
    const { session, clock } = sessionWithClock();
    await session.create(STRONG);
    session.setAutoLockMinutes(5);
    await expect(session.keepAwakeWhile(() => Promise.reject(new Error('printer gone')))).rejects.toThrow(
      'printer gone',
    );
    clock.now += 5 * 60_000;
    session.checkIdle();
    expect(session.status().state).toBe('locked');
  });

  it('locks itself after the configured idle minutes, and activity pushes that back', async () => {
    const { session, clock, locks } = sessionWithClock();
    await session.create(STRONG);
    session.setAutoLockMinutes(5);
    clock.now += 4 * 60_000;
    session.checkIdle();
    session.touch();
    clock.now += 4 * 60_000;
    session.checkIdle();
    expect(session.status().state).toBe('unlocked');
    clock.now += 60_000;
    session.checkIdle();
    expect(session.status().state).toBe('locked');
    expect(locks).toEqual(['idle']);
  });

  it('lets the UI save its editors before a lock it did not ask for, and locks anyway without an answer', async () => {
    const { session, locks } = sessionWithClock();
    await session.create(STRONG);
    const asked: LockReason[] = [];
    session.on('save-requested', (reason) => asked.push(reason));

    const locking = session.lockAfterSaves('screen-lock', 60_000);
    expect(asked).toEqual(['screen-lock']);
    // The editors are still saving: the vault stays open for their writes.
    await new Promise((resolve) => setImmediate(resolve));
    expect(session.status().state).toBe('unlocked');
    session.db().prepare('SELECT 1').get();
    session.editorsSaved();
    await locking;
    expect(locks).toEqual(['screen-lock']);
    expect(session.status().state).toBe('locked');

    // No window answers (closed, or its page hung): the lock goes ahead once the wait is over.
    await session.unlock(STRONG);
    await session.lockAfterSaves('quit', 20);
    expect(locks).toEqual(['screen-lock', 'quit']);
    expect(asked).toEqual(['screen-lock', 'quit']);

    // Already locked: nothing to ask.
    await session.lockAfterSaves('quit', 20);
    expect(asked).toHaveLength(2);
  });
});
