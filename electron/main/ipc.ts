import { ipcMain, type WebContents } from 'electron';
import type { BridgeEvent, BridgeEvents } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { Router } from '../core/router/router';
import { EVENT_WIRE, INVOKE_WIRE } from '../../shared/bridge-wire';
import { isTrustedSender } from './request-policy';

const refused: Result<never> = { ok: false, error: { code: 'VALIDATION', message: 'Unknown request.' } };

/** The single IPC door: only the app's own page gets through, and only to the router. */
export function handleBridgeCalls(router: Router): void {
  ipcMain.handle(INVOKE_WIRE, async (event, channel: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      console.warn('[shell] refused a bridge call from a frame outside the app');
      return refused;
    }
    return router.invoke(channel, payload);
  });
}

export function sendBridgeEvent<E extends BridgeEvent>(
  contents: WebContents | undefined,
  event: E,
  payload: BridgeEvents[E],
): void {
  if (contents && !contents.isDestroyed()) contents.send(EVENT_WIRE, event, payload);
}
