import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forwardVaultEvents } from '../../electron/main/vault-events';
import { createBridge, type BridgeIpc } from '../../electron/preload/bridge';
import { EVENT_WIRE, INVOKE_WIRE } from '../../shared/bridge-wire';
import { createAppCore } from '../../electron/core/router/app-core';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

/**
 * The bridge over an in-process wire shaped like Electron's: invoke reaches the real router over a
 * real vault, and events arrive as (ipcEvent, name, payload) the way `webContents.send` delivers them.
 */
function connect() {
  const core = createAppCore({ vaultDir: join(tempDir(), 'vault'), kdf: TEST_KDF });
  const wire = new EventEmitter();
  const calls: unknown[][] = [];
  const ipcEvent = { sender: 'the ipcRenderer, which must never reach the page' };
  const ipc: BridgeIpc = {
    invoke: async (name, channel, payload) => {
      calls.push([name, channel]);
      return core.router.invoke(channel, payload);
    },
    on: (name, listener) => wire.on(name, listener),
    removeListener: (name, listener) => wire.removeListener(name, listener),
  };
  forwardVaultEvents(core.session, (event, payload) => wire.emit(EVENT_WIRE, ipcEvent, event, payload));
  const emit = (event: string, payload: unknown) => wire.emit(EVENT_WIRE, ipcEvent, event, payload);
  return { bridge: createBridge(ipc), calls, wire, emit };
}

describe('the preload bridge', () => {
  it('is a frozen object with only invoke and on', () => {
    const { bridge } = connect();
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract channels over the one invoke wire to the router', async () => {
    const { bridge, calls } = connect();
    const result = await bridge.invoke('vault:status', {});
    expect(result).toMatchObject({ ok: true, value: { state: 'absent' } });
    expect(calls).toEqual([[INVOKE_WIRE, 'vault:status']]);
  });

  it('refuses unknown channels itself, without any IPC', async () => {
    const { bridge, calls } = connect();
    for (const channel of [
      'vault:delete',
      '__proto__',
      'toString',
      '',
      42,
      { toString: () => 'vault:status' },
    ]) {
      const result = await bridge.invoke(channel as never, {} as never);
      expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Unknown request.' } });
    }
    expect(calls).toEqual([]);
  });

  it('turns a broken wire into an INTERNAL result instead of a rejection', async () => {
    const bridge = createBridge({
      invoke: () => Promise.reject(new Error("No handler registered for 'rapport:invoke'")),
      on: () => undefined,
      removeListener: () => undefined,
    });
    const result = await bridge.invoke('vault:status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('delivers the lock event with only its payload', async () => {
    const { bridge } = connect();
    const received: unknown[][] = [];
    bridge.on('vault:locked', (...args: unknown[]) => received.push(args));
    expect(await bridge.invoke('vault:create', { passphrase: STRONG, confirmation: STRONG })).toMatchObject({
      ok: true,
    });
    expect(await bridge.invoke('vault:lock', {})).toEqual({ ok: true, value: null });
    expect(received).toEqual([[{ reason: 'user' }]]);
  });

  it('filters by event name', () => {
    const { bridge, emit } = connect();
    const progress: unknown[] = [];
    bridge.on('backup:progress', (payload) => progress.push(payload));
    emit('vault:locked', { reason: 'idle' });
    emit('backup:progress', { phase: 'writing', step: 1, steps: 3 });
    expect(progress).toEqual([{ phase: 'writing', step: 1, steps: 3 }]);
  });

  it('returns the exact unsubscribe for what it registered', () => {
    const { bridge, wire, emit } = connect();
    const first: unknown[] = [];
    const second: unknown[] = [];
    const offFirst = bridge.on('vault:locked', (payload) => first.push(payload));
    bridge.on('vault:locked', (payload) => second.push(payload));
    expect(wire.listenerCount(EVENT_WIRE)).toBe(2);
    offFirst();
    offFirst();
    expect(wire.listenerCount(EVENT_WIRE)).toBe(1);
    emit('vault:locked', { reason: 'suspend' });
    expect(first).toEqual([]);
    expect(second).toEqual([{ reason: 'suspend' }]);
  });

  it('refuses unknown events and non-function listeners', () => {
    const { bridge, wire } = connect();
    expect(() => bridge.on('vault:unlocked' as never, () => undefined)).toThrow(TypeError);
    expect(() => bridge.on('backup:progress', 'alert(1)' as never)).toThrow(TypeError);
    expect(wire.listenerCount(EVENT_WIRE)).toBe(0);
  });
});
