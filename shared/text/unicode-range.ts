/** Inclusive code point ranges, as a CSS unicode-range descriptor lists them. */
export type CodePointRanges = readonly (readonly [number, number])[];

/**
 * The ranges of a unicode-range descriptor as the CSS Font Loading API gives it back
 * ("U+0000-00FF, U+0131, U+4??"). A wildcard stands for every hex digit in its place.
 */
export function parseUnicodeRange(descriptor: string): CodePointRanges {
  const ranges: [number, number][] = [];
  for (const part of descriptor.split(',')) {
    const match = /^\s*u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!match) continue;
    const [, start, end] = match;
    if (end !== undefined) ranges.push([parseInt(start!, 16), parseInt(end, 16)]);
    else ranges.push([parseInt(start!.replace(/\?/g, '0'), 16), parseInt(start!.replace(/\?/g, 'f'), 16)]);
  }
  return ranges;
}

export function inRanges(codePoint: number, ranges: CodePointRanges): boolean {
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}
