import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { BridgeCallError } from './bridge-call-error';

/**
 * Calls one channel of the contract and returns its value, or throws a BridgeCallError carrying the
 * main side's code and message. A broken bridge itself (never expected) becomes INTERNAL.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let result;
  try {
    result = await window.rapport.invoke(channel, input);
  } catch {
    throw new BridgeCallError({
      code: 'INTERNAL',
      message: 'Rapport could not reach its secure storage. Close Rapport and open it again.',
    });
  }
  if (!result.ok) throw new BridgeCallError(result.error);
  return result.value;
}
