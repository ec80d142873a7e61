/**
 * The two IPC channel names the bridge travels on. Every contract channel is multiplexed over
 * one invoke channel so the main side has a single door to guard.
 */
export const INVOKE_WIRE = 'rapport:invoke';
export const EVENT_WIRE = 'rapport:event';
