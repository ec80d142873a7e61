import { dayMs } from './calendar';

/**
 * The time the services believe it is while the generator writes a client's history: set to the
 * session being written, so created, updated and signed times fall where a clinician's would.
 */
export class DemoClock {
  private ms = 0;

  readonly now = (): Date => new Date(this.ms);

  /** `clock` is HH:MM on that day. */
  set(day: string, clock: string): void {
    const [h, m] = clock.split(':').map(Number) as [number, number];
    this.ms = dayMs(day) + (h * 60 + m) * 60_000;
  }

  advanceMinutes(minutes: number): void {
    this.ms += Math.round(minutes * 60_000);
  }

  day(): string {
    return new Date(this.ms).toISOString().slice(0, 10);
  }
}
