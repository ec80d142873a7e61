/*
 * Saves a draft while the clinician types (a note, its process note, an intake), so that closing or
 * killing the app loses at most the last moment of work:
 * - a save starts once typing pauses (`debounceMs`), and at the latest `maxWaitMs` after the first
 *   unsaved change even if typing never pauses;
 * - one save at a time: changes made while a save runs are saved right after it;
 * - `flush()` saves now (Ctrl/Cmd+S, leaving the field, switching notes) and resolves once everything
 *   typed so far is stored;
 * - a conflict (the note was signed or changed elsewhere) stops saving until the clinician decides
 *   (`resume()`), and a failure waits for the next change or flush: either way what was typed stays;
 * - `stop()` ends it for good, when what the draft held was stored some other way or thrown away.
 * The renderer's one autosave engine (hooked into React by renderer/src/autosave/use-autosaver.ts).
 * It knows nothing of React or the bridge, which is why it lives here: its timing rules are
 * unit-tested under Node.
 */
export type SaveStatus =
  | { kind: 'saved'; savedAt: number | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

export interface AutosaverOptions<T> {
  /** The draft as it is now; read when a save starts. */
  read(): T;
  /** Stores the draft; throws when it could not. */
  save(draft: T): Promise<void>;
  /** Whether a failure means saving can never succeed from this editor. */
  isConflict(error: unknown): boolean;
  describe(error: unknown): string;
  debounceMs?: number;
  maxWaitMs?: number;
  now?: () => number;
}

/** The autosave of one draft: call change() on every edit, flush() to save now. */
export class Autosaver<T> {
  private status: SaveStatus = { kind: 'saved', savedAt: null };
  private readonly listeners = new Set<() => void>();
  private dirtySince: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;

  constructor(private readonly options: AutosaverOptions<T>) {
    this.debounceMs = options.debounceMs ?? 700;
    this.maxWaitMs = options.maxWaitMs ?? 1500;
    this.now = options.now ?? (() => Date.now());
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get hasUnsavedChanges(): boolean {
    return (this.dirtySince !== null && !this.stopped) || this.inFlight !== null;
  }

  /** Call after every edit. Cheap: it only (re)arms a timer. */
  change(): void {
    if (this.stopped || this.status.kind === 'conflict') return;
    this.dirtySince ??= this.now();
    // Only a change of state is announced: not every keystroke re-renders the indicator.
    if (this.status.kind !== 'saving' && this.status.kind !== 'unsaved') this.setStatus({ kind: 'unsaved' });
    this.schedule();
  }

  /** Saves everything typed so far; true once it is all stored, false if a save failed. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (;;) {
      if (this.status.kind === 'conflict') return false;
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.dirtySince === null || this.stopped) return this.status.kind === 'saved';
      await this.run();
      if (this.status.kind === 'failed') return false;
    }
  }

  /** After a conflict the clinician has resolved: saves what is in the editor, and goes on saving. */
  resume(): void {
    if (this.status.kind !== 'conflict') return;
    this.dirtySince = this.now();
    this.setStatus({ kind: 'unsaved' });
    void this.flush();
  }

  /** Nothing more is saved: changes not yet stored are dropped, and later ones are not saved. */
  stop(): void {
    this.stopped = true;
    this.dirtySince = null;
    this.clearTimer();
  }

  private schedule(): void {
    this.clearTimer();
    if (this.inFlight || this.dirtySince === null) return;
    const untilMaxWait = this.dirtySince + this.maxWaitMs - this.now();
    const delay = Math.max(0, Math.min(this.debounceMs, untilMaxWait));
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.dirtySince === null || this.stopped || this.status.kind === 'conflict') return Promise.resolve();
    this.clearTimer();
    const draft = this.options.read();
    const startedDirtySince = this.dirtySince;
    this.dirtySince = null;
    this.setStatus({ kind: 'saving' });
    const flight = this.options.save(draft).then(
      () => {
        this.inFlight = null;
        if (this.dirtySince === null) this.setStatus({ kind: 'saved', savedAt: this.now() });
        else {
          this.setStatus({ kind: 'unsaved' });
          this.schedule();
        }
      },
      (error: unknown) => {
        this.inFlight = null;
        // What this save carried is still unsaved; keep the earlier moment so the wait stays bounded.
        this.dirtySince = Math.min(startedDirtySince, this.dirtySince ?? Infinity);
        const message = this.options.describe(error);
        this.setStatus(
          this.options.isConflict(error) ? { kind: 'conflict', message } : { kind: 'failed', message },
        );
      },
    );
    this.inFlight = flight;
    return flight;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    for (const listener of [...this.listeners]) listener();
  }
}
