import { app, powerMonitor } from 'electron';
import type { LockReason } from '../../shared/contract';
import type { VaultSession } from '../vault/vault-session';

/** The vault closes whenever the clinician is plausibly away from the machine, and on quit. */
export function lockOnSystemEvents(session: VaultSession): void {
  powerMonitor.on('suspend', () => lockSafely(session, 'suspend'));
  powerMonitor.on('lock-screen', () => lockSafely(session, 'screen-lock'));
  let settledForQuit = false;
  app.on('before-quit', (event) => {
    lockSafely(session, 'quit');
    if (settledForQuit) return;
    // The backup begun by an earlier lock may still be writing in its worker thread: quitting now
    // would end it half-way, so the quit waits for it and then goes ahead.
    event.preventDefault();
    void session.settled().finally(() => {
      settledForQuit = true;
      app.quit();
    });
  });
}

export function lockSafely(session: VaultSession, reason: LockReason): void {
  try {
    session.lock(reason);
  } catch (error) {
    // Locking closes the database even when the final checkpoint fails; report only the kind.
    console.error(`[shell] locking on ${reason} failed: ${(error as Error).name}`);
  }
}
