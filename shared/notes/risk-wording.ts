/**
 * Words with which a progress note records risk to the client or to others. Notes have no risk field
 * yet, so a summary can only say that a note mentions risk, never what the risk is judged to be: a
 * note that says "denies suicidal thoughts" mentions risk too, and the reader is sent to the record.
 */
const RISK_WORDS =
  /\b(suicid\w*|self[- ]?harm\w*|self[- ]?injur\w*|harm(?:ing)? (?:to )?others|homicid\w*|overdos\w*|safety[- ]plan\w*|kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)|end(?:ing)? (?:my|his|her|their) (?:own )?life|take (?:my|his|her|their) (?:own )?life|want(?:s|ed)? to die|better off dead)/i;

/** Where a sentence ends, in the scripts notes are written in. */
const SENTENCE = /[^.!?…。！？؟।॥]+(?:[.!?…。！？؟।॥]+|$)/gu;

const LONGEST = 240;

/**
 * The first sentence of a note's sections that mentions risk, as written (cut at a word if very
 * long), or '' when none does.
 */
export function riskSentence(sections: readonly string[]): string {
  for (const section of sections) {
    const text = section.replace(/\s+/g, ' ').trim();
    if (!RISK_WORDS.test(text)) continue;
    for (const [sentence] of text.matchAll(SENTENCE)) {
      if (!RISK_WORDS.test(sentence)) continue;
      const trimmed = sentence.trim();
      if (trimmed.length <= LONGEST) return trimmed;
      return `${trimmed.slice(0, LONGEST).replace(/\s+\S*$/, '')}…`;
    }
  }
  return '';
}
