import { join } from 'node:path';
import { createAppCore } from '../../../electron/core/router/app-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { STRONG, TEST_KDF, tempDir } from './temp-vault';

const HOUR = 3_600_000;

/**
 * The core createAppCore builds (session, backups and their schedule, router), over a new
 * unlocked vault, with a clock the test moves: for what happens daily, or days apart.
 */
export async function clockedCore(
  start = Date.parse('2026-03-02T09:00:00Z'),
  dir = join(tempDir(), 'vault'),
) {
  const clock = { now: start };
  const { session, backups, router, services } = createAppCore({
    vaultDir: dir,
    kdf: TEST_KDF,
    now: () => clock.now,
  });
  const recoveryKey = await session.create(STRONG);
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await router.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  return {
    dir,
    recoveryKey,
    session,
    backups,
    router,
    services,
    call,
    clock,
    /** Moves the clock on, as if the clinician had been at work all along (no idle lock). */
    advanceHours(hours: number) {
      clock.now += hours * HOUR;
      session.touch();
    },
  };
}
