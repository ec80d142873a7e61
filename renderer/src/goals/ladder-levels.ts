import type { GasLevel } from '../../../shared/goals/gas';

/** A gas-ladder reads from the best outcome at the top down to the worst. */
export const LADDER: readonly GasLevel[] = [2, 1, 0, -1, -2];

export type LevelKey = '-2' | '-1' | '0' | '1' | '2';

export function levelKey(level: GasLevel): LevelKey {
  return String(level) as LevelKey;
}
