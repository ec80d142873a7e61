/** The longest a lock the app starts on its own waits for the UI to save its editors. */
export const SAVE_BEFORE_LOCK_MS = 2000;

/**
 * A lock the app starts on its own while the clinician may be mid-sentence (the screen locking,
 * quitting) first lets the UI save what its editors hold: an autosave waits about a second after
 * the last keystroke. The UI is asked, and answers through `saved()`; without an answer within
 * `waitMs` (no window, a hung page) the wait ends anyway.
 */
export class EditorSaves {
  private readonly awaiting = new Set<() => void>();

  async waitFor(ask: () => void, waitMs: number): Promise<void> {
    let answered!: () => void;
    const saved = new Promise<void>((resolve) => (answered = resolve));
    this.awaiting.add(answered);
    let timer: NodeJS.Timeout | undefined;
    try {
      ask();
      await Promise.race([saved, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    } finally {
      clearTimeout(timer);
      this.awaiting.delete(answered);
    }
  }

  /** The UI's answer: every lock waiting goes ahead. */
  saved(): void {
    for (const answered of this.awaiting) answered();
  }
}
