import { describe, expect, it } from 'vitest';
import { isolated } from '../../shared/text/isolated';
import { hasRightToLeft, paragraphDirection } from '../../shared/text/paragraph-direction';
import { recordedScriptLanguages, textLanguage, NO_SCRIPT_LANGUAGES } from '../../shared/text/text-language';

describe('the direction a paragraph reads in', () => {
  it('follows the script of a text in one direction', () => {
    expect(paragraphDirection('أشعر بالقلق قبل الاجتماعات')).toBe('rtl');
    expect(paragraphDirection('אני רוצה לישון טוב יותר')).toBe('rtl');
    expect(paragraphDirection('میں اپنے خاندان سے بات کرنا چاہتا ہوں')).toBe('rtl');
    expect(paragraphDirection('我想和妹妹一起去参加婚礼')).toBe('ltr');
    expect(paragraphDirection('நான் மீண்டும் வேலைக்கு செல்ல')).toBe('ltr');
  });

  it('follows the script most letters are in, not the first letter', () => {
    expect(paragraphDirection('يوسف arrived early and said the week before had been calm.')).toBe('ltr');
    expect(paragraphDirection('قال إن دواء Sertraline يساعده على النوم كل ليلة تقريبا.')).toBe('rtl');
    expect(paragraphDirection('Sarah אמרה שהשבוע היה קשה מאוד בעבודה')).toBe('rtl');
    expect(paragraphDirection('"يوسف" — 12:30, before the session')).toBe('ltr');
  });

  it('takes the page direction when the letters do not decide', () => {
    expect(paragraphDirection('يوسف Haddad')).toBe('ltr');
    expect(paragraphDirection('يوسف Haddad', 'rtl')).toBe('rtl');
    expect(paragraphDirection('12:30 — 14:00')).toBe('ltr');
    expect(paragraphDirection('١٢٣ !', 'rtl')).toBe('rtl');
    expect(paragraphDirection('')).toBe('ltr');
  });

  it('needs twice as many letters of one direction as of the other', () => {
    // Four Arabic letters, three Latin (not decided), then two Latin (decided).
    expect(paragraphDirection('بيت abc')).toBe('ltr');
    expect(paragraphDirection('بيت abc', 'rtl')).toBe('rtl');
    expect(paragraphDirection('بيتك ab', 'ltr')).toBe('rtl');
    expect(paragraphDirection('ab بيتكم abcdefgh', 'rtl')).toBe('ltr');
  });
});

describe('isolating a value inside a line of plain text', () => {
  it('wraps only values with right-to-left letters in FSI … PDI', () => {
    expect(isolated('يوسف حداد')).toBe('\u2068يوسف حداد\u2069');
    expect(isolated('Zoë (she/her)')).toBe('Zoë (she/her)');
    expect(isolated('Dr דנה Cohen')).toBe('\u2068Dr דנה Cohen\u2069');
    expect(hasRightToLeft('123 Main St.')).toBe(false);
  });

  it('counts letters of a right-to-left script, not its digits, marks or punctuation', () => {
    expect(hasRightToLeft('Room ١٢٣؟')).toBe(false);
    expect(hasRightToLeft('x\u05b0\u0591')).toBe(false);
    expect(hasRightToLeft('x\u05b0ש')).toBe(true);
    expect(hasRightToLeft('note by 𞤀𞤁')).toBe(true);
    expect(paragraphDirection('\u05b0 12', 'rtl')).toBe('rtl');
    expect(paragraphDirection('\u05b0 12 ok', 'rtl')).toBe('ltr');
  });
});

describe('the language that decides how text looks', () => {
  it('reads the languages a client records, in English or in their own names', () => {
    expect(recordedScriptLanguages(['English, Japanese at home', ''])).toEqual({ han: 'ja', arabic: null });
    expect(recordedScriptLanguages(['日本語'])).toEqual({ han: 'ja', arabic: null });
    expect(recordedScriptLanguages(['한국어']).han).toBe('ko');
    expect(recordedScriptLanguages(['Chinese (Traditional)']).han).toBe('zh-Hant');
    expect(recordedScriptLanguages(['廣東話']).han).toBe('zh-Hant');
    expect(recordedScriptLanguages(['Cantonese and Mandarin']).han).toBe('zh-Hant');
    expect(recordedScriptLanguages(['Mandarin', 'Cantonese']).han).toBe('zh-Hans');
    expect(recordedScriptLanguages(['Chinese']).han).toBe('zh-Hans');
    expect(recordedScriptLanguages(['Urdu, Punjabi']).arabic).toBe('ur');
    expect(recordedScriptLanguages(['اردو']).arabic).toBe('ur');
    expect(recordedScriptLanguages(['English, Vietnamese'])).toEqual(NO_SCRIPT_LANGUAGES);
  });

  it('lets kana mean Japanese and Hangul mean Korean, whatever was recorded', () => {
    const chinese = recordedScriptLanguages(['Mandarin']);
    expect(textLanguage('ひとりで電車に乗れるようになりたい', chinese)).toBe('ja');
    expect(textLanguage('다시 친구들을 만나고 싶어요', chinese)).toBe('ko');
    expect(textLanguage('骨直', chinese)).toBe('zh-Hans');
  });

  it('sets Chinese characters alone in the recorded language, or leaves them unmarked', () => {
    expect(textLanguage('骨直', recordedScriptLanguages(['Japanese']))).toBe('ja');
    expect(textLanguage('我想去參加婚禮', recordedScriptLanguages(['Cantonese']))).toBe('zh-Hant');
    expect(textLanguage('骨直', NO_SCRIPT_LANGUAGES)).toBeNull();
    expect(textLanguage('Zoë Nguyễn', recordedScriptLanguages(['Japanese']))).toBeNull();
  });

  it('sets Urdu in Nastaliq: by its own letters, or by the record unless the letters are Arabic', () => {
    expect(textLanguage('میں اپنے خاندان سے بات کرنا چاہتا ہوں', NO_SCRIPT_LANGUAGES)).toBe('ur');
    const urdu = recordedScriptLanguages(['Urdu']);
    expect(textLanguage('خاندان', urdu)).toBe('ur');
    expect(textLanguage('خاندان', NO_SCRIPT_LANGUAGES)).toBeNull();
    expect(textLanguage('يوسف حداد', urdu)).toBeNull();
    expect(textLanguage('أشعر بالقلق قبل الاجتماعات', urdu)).toBeNull();
  });
});
