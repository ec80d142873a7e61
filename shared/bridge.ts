import type { Result } from './errors';
import type { BridgeEvent, BridgeEvents, Channel, ChannelInput, ChannelOutput } from './contract';

/** What the preload puts on `window.rapport`; the test harness provides the same shape. */
export interface RapportBridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends BridgeEvent>(event: E, listener: (payload: BridgeEvents[E]) => void): () => void;
}
