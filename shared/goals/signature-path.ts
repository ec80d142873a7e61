/**
 * A drawn signature is stored as SVG path data with moves and lines only ("M x y L x y …"): it
 * prints and shows without decoding an image, and the main side's check can tell it carries nothing
 * but numbers.
 */

export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Path data for the strokes; a stroke of one point (a dot, a tap) becomes a tiny line so it shows. */
export function strokesToPath(strokes: readonly (readonly Point[])[]): string {
  return strokes
    .filter((stroke) => stroke.length > 0)
    .map((stroke) => {
      const points = stroke.length === 1 ? [stroke[0]!, { x: stroke[0]!.x + 0.5, y: stroke[0]!.y }] : stroke;
      return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${round(p.x)} ${round(p.y)}`).join(' ');
    })
    .join(' ');
}

/** The strokes of a stored path: each "M" starts one, whatever spacing or commas it was written with. */
export function pathToStrokes(path: string): Point[][] {
  const strokes: Point[][] = [];
  for (const [, command, x, y] of path.matchAll(/([ML])[\s,]*(-?\d+(?:\.\d+)?)[\s,]+(-?\d+(?:\.\d+)?)/g)) {
    const point = { x: Number(x), y: Number(y) };
    if (command === 'M' || strokes.length === 0) strokes.push([point]);
    else strokes.at(-1)!.push(point);
  }
  return strokes;
}

/** A viewBox that fits the whole signature with a margin, so any stored signature shows in full. */
export function signatureViewBox(path: string, margin = 8): string | null {
  // Every pair of numbers is a point (moves and lines only), even where a command letter was left implicit.
  const numbers = path.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  const points: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const minX = Math.min(...xs) - margin;
  const minY = Math.min(...ys) - margin;
  const width = Math.max(...xs) - Math.min(...xs) + 2 * margin;
  const height = Math.max(...ys) - Math.min(...ys) + 2 * margin;
  return `${round(minX)} ${round(minY)} ${round(width)} ${round(height)}`;
}
