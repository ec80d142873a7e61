import { describe, expect, it } from 'vitest';
import { inRanges, parseUnicodeRange } from '../../shared/text/unicode-range';

describe('parseUnicodeRange', () => {
  it('reads single code points, spans and wildcards as the Font Loading API writes them', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131, U+4??, u+1F600')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
      [0x1f600, 0x1f600],
    ]);
  });

  it('ignores what is not a range rather than guessing', () => {
    expect(parseUnicodeRange('')).toEqual([]);
    expect(parseUnicodeRange('U+zz, nonsense, U+0041')).toEqual([[0x41, 0x41]]);
  });

  it('says whether a code point falls in any range, ends included', () => {
    const ranges = parseUnicodeRange('U+0600-06FF, U+FB50');
    expect(inRanges(0x600, ranges)).toBe(true);
    expect(inRanges(0x6ff, ranges)).toBe(true);
    expect(inRanges(0xfb50, ranges)).toBe(true);
    expect(inRanges(0x5ff, ranges)).toBe(false);
    expect(inRanges(0x41, ranges)).toBe(false);
  });
});
