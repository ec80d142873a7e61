import { call } from '../bridge/call';
import { useBridgeEvent } from '../bridge/use-bridge-event';

/**
 * Work still on its way to the vault when the vault locks: an autosave waits about a second
 * after the last keystroke, so without this a lock (Ctrl/Cmd+L, the Lock button, the screen
 * locking, quitting) would drop the last words typed. Each editor registers how to save what it holds; locking waits for those saves, for
 * a few seconds at most, so a failing save can never keep the vault from locking.
 */
type SaveNow = () => Promise<unknown>;

const editors = new Set<SaveNow>();
const MOST_WAIT_MS = 3000;

/** Returns the unregister function, for the editor's cleanup. */
export function saveBeforeLock(saveNow: SaveNow): () => void {
  editors.add(saveNow);
  return () => editors.delete(saveNow);
}

export async function saveAllBeforeLock(): Promise<void> {
  const saves = Promise.allSettled([...editors].map((saveNow) => saveNow()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, MOST_WAIT_MS)));
  await Promise.race([saves, limit]);
  clearTimeout(timer);
}

/**
 * A lock the main side starts (File → Lock and its shortcut, the screen locking, quitting) asks
 * first: the editors save, then the answer lets the lock go ahead.
 */
export function useSaveWhenAsked(): void {
  useBridgeEvent('vault:saveNow', () => {
    void saveAllBeforeLock()
      .then(() => call('vault:saved', {}))
      // Already locked (the main side stopped waiting): there is nobody left to answer.
      .catch(() => undefined);
  });
}
