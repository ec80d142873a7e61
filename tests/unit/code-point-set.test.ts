import { describe, expect, it } from 'vitest';
import { CodePointSet } from '../../shared/text/code-point-set';

function distinct(...texts: string[]): string {
  const set = new CodePointSet();
  for (const text of texts) set.addText(text);
  return String.fromCodePoint(...set);
}

describe('CodePointSet', () => {
  it('keeps each code point once, in the order first seen, across texts', () => {
    expect(distinct('banana', 'nab', 'Ω')).toBe('banΩ');
  });

  it('takes a character outside the Basic Multilingual Plane whole, never as two halves', () => {
    const set = new CodePointSet();
    set.addText('𠮷野家 😀 𠮷');
    expect([...set]).toEqual([0x20bb7, 0x91ce, 0x5bb6, 0x20, 0x1f600]);
    expect(set.size).toBe(5);
  });

  it('keeps a lone surrogate as the code unit it is, as iterating the string does', () => {
    expect([...distinct('a\ud800b\udc00')]).toEqual([...'a\ud800b\udc00']);
  });

  it('holds every script of a mixed line', () => {
    const line = 'Ana said «سلام» and שלום, then 你好 and ሰላም.';
    expect(distinct(line)).toBe([...new Set(line)].join(''));
  });

  it('is empty for no text', () => {
    expect(distinct('', '').length).toBe(0);
  });
});
