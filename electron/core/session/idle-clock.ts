/**
 * The auto-lock's measure of idleness: when the clinician last did something, and whether work
 * they started and are waiting for is still under way; with the timer that asks it.
 */
export class IdleClock {
  private lastActivity = 0;
  /** Work under way that the idle lock waits for (keepAwakeWhile). */
  private busy = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly now: () => number) {}

  /** A user action, reported by the UI through vault:activity, pushes the auto-lock back. */
  touch(): void {
    this.lastActivity = this.now();
  }

  /**
   * Work the clinician started and is waiting for (a PDF being printed) is activity: the vault
   * does not lock for idleness under it, which would close the database before the export is
   * written and recorded, and the idle time counts again from when it ends.
   */
  async keepAwakeWhile<T>(work: () => Promise<T>): Promise<T> {
    this.busy += 1;
    try {
      return await work();
    } finally {
      this.busy -= 1;
      this.touch();
    }
  }

  /** Whether no work is under way and nothing was done for `minutes` (asked only then: it reads the vault). */
  idleFor(minutes: () => number): boolean {
    return this.busy === 0 && this.now() - this.lastActivity >= minutes() * 60_000;
  }

  /** Calls `tick` every `everyMs` until stopped; the timer does not keep the process alive. */
  start(tick: () => Promise<void>, everyMs: number): void {
    // Each tick reports its own failures; an idle lock that fails leaves things as they were.
    this.timer = setInterval(() => void tick().catch(() => undefined), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
