/**
 * Goal Attainment Scaling (Kiresuk & Sherman, 1968). Each goal is rated on five levels, −2 … +2,
 * where 0 is the expected outcome. Across goals with weights wᵢ and attained levels xᵢ:
 *
 *   T = 50 + 10·Σ(wᵢxᵢ) / √( (1−ρ)·Σwᵢ² + ρ·(Σwᵢ)² ),  ρ = 0.3
 *
 * T = 50 when every goal landed exactly as expected; about ±10 per level of over- or under-attainment.
 */
export const GAS_RHO = 0.3;
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];

export const GAS_LEVEL_LABELS: Record<GasLevel, string> = {
  [-2]: 'Much less than expected',
  [-1]: 'Less than expected',
  0: 'Expected outcome',
  1: 'More than expected',
  2: 'Much more than expected',
};

export interface GasTerm {
  weight: number;
  level: GasLevel;
}

/** The plan's T-score, or null when there is nothing to score (no goals, or every weight zero). */
export function gasTScore(terms: readonly GasTerm[]): number | null {
  let weighted = 0;
  let sumSquares = 0;
  let sum = 0;
  for (const { weight, level } of terms) {
    weighted += weight * level;
    sumSquares += weight * weight;
    sum += weight;
  }
  const denominator = Math.sqrt((1 - GAS_RHO) * sumSquares + GAS_RHO * sum * sum);
  if (denominator === 0) return null;
  return 50 + (10 * weighted) / denominator;
}
