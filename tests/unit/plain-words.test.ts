import { describe, expect, it } from 'vitest';
import { NO_SCRIPT_LANGUAGES } from '../../shared/text/text-language';
import { plainWords } from '../../shared/text/plain-words';

describe('plainWords: checklist items the record may join into one line of text', () => {
  it('takes one line of left-to-right words in any script that needs no language of its own', () => {
    for (const text of [
      'I listened actively and reflected back accurately',
      'Доверие и взаимопонимание',
      'विश्वास और तालमेल',
      'Sự tin tưởng (đã thảo luận)',
    ]) {
      expect(plainWords(text, NO_SCRIPT_LANGUAGES), text).toBe(true);
    }
  });

  it('leaves to UserText whatever would read or look different in a plain line', () => {
    const cases = {
      'right-to-left letters': 'We spoke of يوسف at length',
      'Hebrew alone': 'אמון והבנה',
      'a direction mark': 'trust\u200f and rapport',
      'an isolate': 'trust \u2067x\u2069',
      'kana (Japanese)': 'ありがとう',
      'a second line': 'first line\nsecond line',
      'a run of spaces': 'kept  as typed',
      'a leading space': ' leading',
    };
    for (const [why, text] of Object.entries(cases)) {
      expect(plainWords(text, NO_SCRIPT_LANGUAGES), why).toBe(false);
    }
  });

  it('leaves Chinese characters to UserText when the client’s language decides their shapes', () => {
    expect(plainWords('信任', NO_SCRIPT_LANGUAGES)).toBe(true);
    expect(plainWords('信任', { han: 'ja', arabic: null })).toBe(false);
  });
});
