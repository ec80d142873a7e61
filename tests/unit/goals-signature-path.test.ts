import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import { pathToStrokes, signatureViewBox, strokesToPath } from '../../shared/goals/signature-path';

const point = fc.record({
  x: fc.double({ min: 0, max: 600, noNaN: true }),
  y: fc.double({ min: 0, max: 200, noNaN: true }),
});
const strokes = fc.array(fc.array(point, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 6 });

describe('signature path data', () => {
  it('writes strokes as moves and lines that the goals:agree check accepts', () => {
    fc.assert(
      fc.property(strokes, (drawn) => {
        const path = strokesToPath(drawn);
        expect(path).toMatch(/^M [\d.]+ [\d.]+( [ML] [\d.]+ [\d.]+)*$/);
        const parsed = channels['goals:agree'].input.safeParse({
          versionId: '00000000-0000-4000-8000-000000000000',
          agreedOn: '2026-01-12',
          method: 'drawn',
          signaturePath: path,
        });
        expect(parsed.success).toBe(true);
      }),
    );
  });

  it('reads its own path back as the same strokes, to a tenth of a unit', () => {
    fc.assert(
      fc.property(strokes, (drawn) => {
        const again = pathToStrokes(strokesToPath(drawn));
        expect(again.length).toBe(drawn.length);
        again.forEach((stroke, i) => {
          const original = drawn[i]!;
          // A one-point stroke (a tap) is stored as a tiny line so it stays visible.
          expect(stroke.length).toBe(original.length === 1 ? 2 : original.length);
          original.forEach((p, j) => {
            expect(Math.abs(stroke[j]!.x - p.x)).toBeLessThanOrEqual(0.05 + 1e-9);
            expect(Math.abs(stroke[j]!.y - p.y)).toBeLessThanOrEqual(0.05 + 1e-9);
          });
        });
      }),
    );
  });

  it('a tap becomes a visible dot', () => {
    expect(strokesToPath([[{ x: 10, y: 20 }]])).toBe('M 10 20 L 10.5 20');
  });

  it('fits the view box around the whole signature with a margin, however it was written', () => {
    expect(signatureViewBox('M 10 40 L 30 5 L 70 75')).toBe('2 -3 76 86');
    expect(signatureViewBox('M10,40L30,5 70,75', 0)).toBe('10 5 60 70');
    expect(signatureViewBox('')).toBeNull();
  });
});
