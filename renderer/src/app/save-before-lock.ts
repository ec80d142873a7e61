/**
 * Work still on its way to the vault when the clinician locks: an autosave waits about a second
 * after the last keystroke, so without this a lock (Ctrl/Cmd+L, the Lock button) would drop the last
 * words typed. Each editor registers how to save what it holds; locking waits for those saves, for
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
