import type { RapportBridge } from '../../shared/bridge';
import {
  CHANNEL_NAMES,
  EVENT_NAMES,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
} from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { EVENT_WIRE, INVOKE_WIRE } from '../../shared/bridge-wire';

type WireListener = (event: unknown, ...args: unknown[]) => void;

/** The part of `ipcRenderer` the bridge uses; the object itself never reaches the page. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: WireListener): unknown;
  removeListener(channel: string, listener: WireListener): unknown;
}

const unknownRequest: Result<never> = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Unknown request.' },
};

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Rapport could not complete this request. Nothing was changed.' },
};

function isKnown(names: readonly string[], name: unknown): name is string {
  return typeof name === 'string' && names.includes(name);
}

/**
 * What the page gets as `window.rapport`. Unknown channels and events are refused here, before
 * IPC, so a page bug cannot probe the main side; the IPC event object (which carries the sender)
 * is never handed to page code.
 */
export function createBridge(ipc: BridgeIpc): RapportBridge {
  const bridge: RapportBridge = {
    invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
      if (!isKnown(CHANNEL_NAMES, channel)) return Promise.resolve(unknownRequest);
      // The router's handlers are typed per channel, so the answer has that channel's output shape.
      return ipc.invoke(INVOKE_WIRE, channel, input).then(
        (result) => result as Result<ChannelOutput<C>>,
        () => unreachable,
      );
    },
    on(event, listener) {
      if (!isKnown(EVENT_NAMES, event)) throw new TypeError('Unknown event.');
      if (typeof listener !== 'function') throw new TypeError('A listener must be a function.');
      const wrapper: WireListener = (_ipcEvent, name, payload) => {
        if (name === event) listener(payload as Parameters<typeof listener>[0]);
      };
      ipc.on(EVENT_WIRE, wrapper);
      return () => {
        ipc.removeListener(EVENT_WIRE, wrapper);
      };
    },
  };
  return Object.freeze(bridge);
}
