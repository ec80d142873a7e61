import type { NoteFormat } from '../../../../shared/notes/note-formats';

/**
 * Which part of a progress note says most about a session in a line or two: the clinician's
 * synthesis where the format has one, else what happened.
 */
const SUMMARY_SOURCES: Record<NoteFormat, readonly string[]> = {
  SOAP: ['assessment', 'subjective', 'plan'],
  DAP: ['assessment', 'data', 'plan'],
  BIRP: ['response', 'intervention', 'behaviour', 'plan'],
  GIRP: ['response', 'intervention', 'goal', 'plan'],
};

export const SUMMARY_LENGTH = 280;

/** Where a sentence ends, in the scripts notes are written in: . ! ? … and 。！？ ؟ । ။ ። and friends. */
const SENTENCE = /[^.!?…。！？؟।॥။።]+(?:[.!?…。！？؟।॥။።]+["'’”»)\]]*|$)\s*/gu;

/**
 * A short summary of a signed progress note: its first sentences, as many as fit, so it ends where
 * the clinician ended a sentence. A first sentence longer than that is cut at a word, with "…".
 * Never the process note.
 */
export function sessionSummary(format: NoteFormat, body: Record<string, string>): string {
  const text = SUMMARY_SOURCES[format]
    .map((key) => (body[key] ?? '').replace(/\s+/g, ' ').trim())
    .find(Boolean);
  if (!text) return '';
  if (text.length <= SUMMARY_LENGTH) return text;
  let sentences = '';
  for (const [sentence] of text.matchAll(SENTENCE)) {
    if ((sentences + sentence).trimEnd().length > SUMMARY_LENGTH) break;
    sentences += sentence;
  }
  if (sentences.trim()) return sentences.trimEnd();
  const cut = text.slice(0, SUMMARY_LENGTH - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > SUMMARY_LENGTH / 2 ? atWord : cut}…`;
}
