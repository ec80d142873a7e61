import { useEffect, useRef } from 'react';
import type { BridgeEvent, BridgeEvents } from '../../../shared/contract';

/** Subscribes to one event the main side pushes, for as long as the calling component is mounted. */
export function useBridgeEvent<E extends BridgeEvent>(
  event: E,
  listener: (payload: BridgeEvents[E]) => void,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => window.rapport.on(event, (payload) => latest.current(payload)), [event]);
}
