/** The targets of issue 8, on the benchmark vault. */
export interface TargetResult {
  target: string;
  measured: number | null;
  pass: boolean | null;
}

export function atMost(measured: number | null | undefined, limit: number, unit: string): TargetResult {
  if (measured === null || measured === undefined)
    return { target: `≤ ${limit} ${unit}`, measured: null, pass: null };
  return { target: `≤ ${limit} ${unit}`, measured, pass: measured <= limit };
}

/** A target that is met or not, such as "no key lost". */
export function holds(measured: boolean | null | undefined, target: string): TargetResult {
  if (measured === null || measured === undefined) return { target, measured: null, pass: null };
  return { target, measured: measured ? 1 : 0, pass: measured };
}
