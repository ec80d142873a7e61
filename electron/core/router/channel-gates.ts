import { CLIENT_MODE_ALLOWED } from '../../../shared/client-mode/client-mode-contract';
import type { Channel } from '../../../shared/contract';
import { CUSTODIAN_ALLOWED, CUSTODIAN_REFUSAL } from '../../../shared/custodian/custodian-contract';
import { AppError } from '../base/app-error';

/**
 * A mode in which the router answers only the channels on its list. The list says what is allowed,
 * never what is refused, so a channel added to the contract later is refused until it is listed.
 */
export interface ChannelGate {
  isOn(): boolean;
  allowed: readonly Channel[];
  refusal: string;
}

/** The one check the router makes before reading a payload: the first gate that is on and does not list the channel refuses it. */
export function refusalByGates(gates: readonly ChannelGate[]): (channel: Channel) => AppError | null {
  const lists = gates.map((gate) => ({ gate, allowed: new Set<Channel>(gate.allowed) }));
  return (channel) => {
    for (const { gate, allowed } of lists) {
      if (gate.isOn() && !allowed.has(channel)) return new AppError('CONFLICT', gate.refusal);
    }
    return null;
  };
}

export const CLIENT_MODE_REFUSAL =
  'Rapport is in client mode: only the client’s questions are open until the clinician leaves it.';

/** The laptop handed to the client, and the records custodian's read-only session. */
export function modeGates(modes: { clientMode: () => boolean; custodian: () => boolean }): ChannelGate[] {
  return [
    { isOn: modes.clientMode, allowed: CLIENT_MODE_ALLOWED, refusal: CLIENT_MODE_REFUSAL },
    { isOn: modes.custodian, allowed: CUSTODIAN_ALLOWED, refusal: CUSTODIAN_REFUSAL },
  ];
}
