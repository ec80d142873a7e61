import type { SeededRandom } from './seeded-random';

export type RuptureKind = 'withdrawal' | 'confrontation';

/**
 * The strength of one client's working alliance over the course, 0–1: it wanders around a level of
 * its own, drops with a rupture and recovers, a little stronger, after a repair that resolved it.
 */
export class AllianceDrift {
  value: number;
  private level: number;

  constructor(rng: SeededRandom) {
    this.level = 0.55 + rng.next() * 0.4;
    this.value = this.level - 0.1 - rng.next() * 0.15;
  }

  /** Moves one session on; returns the rupture of that session, if any. */
  step(rng: SeededRandom): RuptureKind | null {
    this.value = clamp(this.value + 0.2 * (this.level - this.value) + rng.normal(0.06));
    const risk = 0.02 + 0.3 * (1 - this.value) ** 2;
    if (!rng.chance(risk)) return null;
    this.value = clamp(this.value - 0.12 - rng.next() * 0.1);
    return rng.chance(0.6) ? 'withdrawal' : 'confrontation';
  }

  repaired(resolved: 'yes' | 'partly' | 'no'): void {
    if (resolved === 'yes') this.level = clamp(this.level + 0.02);
    if (resolved === 'no') this.level = clamp(this.level - 0.03);
  }
}

function clamp(value: number): number {
  return Math.min(0.98, Math.max(0.05, value));
}
