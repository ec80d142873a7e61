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

/** A short summary of a signed progress note, cut at a word boundary. Never the process note. */
export function sessionSummary(format: NoteFormat, body: Record<string, string>): string {
  const text = SUMMARY_SOURCES[format]
    .map((key) => (body[key] ?? '').replace(/\s+/g, ' ').trim())
    .find(Boolean);
  if (!text) return '';
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > SUMMARY_LENGTH / 2 ? atWord : cut}…`;
}
