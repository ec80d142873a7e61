import { app, powerMonitor } from 'electron';
import type { LockReason } from '../../shared/contract';
import { SAVE_BEFORE_LOCK_MS } from '../core/session/editor-saves';
import type { VaultSession } from '../core/session/vault-session';

/** Whether a window is there to save its editors; without one a lock need not wait for an answer. */
export type WindowOpen = () => boolean;

/**
 * The vault closes whenever the clinician is plausibly away from the machine, and on quit. The
 * screen locking and quitting first let the editors save their last words (at most a couple of
 * seconds); a suspend locks at once, because the machine may be asleep before any answer comes.
 */
export function lockOnSystemEvents(session: VaultSession, windowOpen: WindowOpen): void {
  powerMonitor.on('suspend', () => lockSafely(session, 'suspend'));
  powerMonitor.on('lock-screen', () => void lockAfterSavesSafely(session, 'screen-lock', windowOpen));
  let settledForQuit = false;
  let quitting = false;
  app.on('before-quit', (event) => {
    if (settledForQuit) return;
    // The quit waits for the editors' last saves and for a backup still writing in its worker
    // thread (begun by this lock or an earlier one): quitting now would end it half-way.
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    void lockAfterSavesSafely(session, 'quit', windowOpen)
      .then(() => session.settled())
      .finally(() => {
        settledForQuit = true;
        app.quit();
      });
  });
}

/** Lets the window's editors save first (File → Lock, its shortcut, the screen locking, quitting). */
export async function lockAfterSavesSafely(
  session: VaultSession,
  reason: LockReason,
  windowOpen: WindowOpen,
): Promise<void> {
  try {
    await session.lockAfterSaves(reason, windowOpen() ? SAVE_BEFORE_LOCK_MS : 0);
  } catch (error) {
    reportLockFailure(reason, error);
  }
}

function lockSafely(session: VaultSession, reason: LockReason): void {
  try {
    session.lock(reason);
  } catch (error) {
    reportLockFailure(reason, error);
  }
}

function reportLockFailure(reason: LockReason, error: unknown): void {
  // Locking closes the database even when the final checkpoint fails; report only the kind.
  console.error(`[shell] locking on ${reason} failed: ${(error as Error).name}`);
}
