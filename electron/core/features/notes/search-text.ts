import type { NoteRecord } from '../../../../shared/notes/note-contract';
import { MARKER_LABELS, REPAIR_LABELS } from '../../../../shared/notes/rupture-lists';
import { NOTE_FORMATS } from '../../../../shared/notes/note-formats';

/**
 * Chinese, Japanese and Korean are written without spaces, so the tokenizer would see a whole
 * sentence as one word. Splitting those runs into single characters (with U+2063, which the FTS
 * table declares a separator) and searching them as phrases finds any word in any script.
 */
const SEPARATOR = '\u2063';
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK_PAIR = new RegExp(`([${CJK}])(?=[${CJK}])`, 'gu');
// Snippet markers (char 1 and 2) and our separator must never come from the text itself.
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
const RESERVED = /[\u0001\u0002\u2063]/g;
// Hebrew points and Arabic harakat are optional in writing: searching ignores them, as it does accents.
const SEMITIC_POINTS = /[\u0591-\u05c7\u064b-\u065f\u0670\u06d6-\u06ed]/g;

export function toSearchText(text: string): string {
  return text
    .normalize('NFC')
    .replace(RESERVED, ' ')
    .replace(SEMITIC_POINTS, '')
    .replace(CJK_PAIR, `$1${SEPARATOR}`);
}

/** The words of a note that search should find: the progress note and its addenda, never the process note. */
export function noteSearchText(
  note: Pick<NoteRecord, 'attendees' | 'format' | 'body' | 'goalWork' | 'checklist' | 'ruptures'>,
  addenda: readonly { body: string }[],
): string {
  return toSearchText(
    [
      note.attendees,
      ...NOTE_FORMATS[note.format].map((s) => note.body[s.key] ?? ''),
      ...note.goalWork.map((g) => g.note),
      ...note.checklist.map((c) => c.comment),
      ...note.ruptures.flatMap((r) => [
        ...r.markers.map((m) => MARKER_LABELS[m] ?? ''),
        ...r.earlierMarkers,
        ...r.repairs.map((k) => REPAIR_LABELS[k] ?? ''),
        r.repairNote,
      ]),
      ...addenda.map((a) => a.body),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/**
 * Turns what the clinician typed into an FTS5 query: every word must appear, each word quoted so
 * that no character has query syntax, the last one as a prefix so results come while typing.
 * Returns null when nothing searchable was typed.
 */
export function toMatchQuery(typed: string): string | null {
  const words = typed
    .normalize('NFC')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words
    .map((word, i) => {
      const quoted = `"${toSearchText(word).replace(/"/g, '""')}"`;
      return i === words.length - 1 ? `${quoted}*` : quoted;
    })
    .join(' AND ');
}

/** Splits an FTS snippet (matches between char 1 and char 2) into plain pieces for the UI. */
export function parseSnippet(snippet: string): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  for (const [i, part] of snippet
    .replaceAll(SEPARATOR, '')
    // eslint-disable-next-line no-control-regex -- see RESERVED
    .split(/[\u0001\u0002]/)
    .entries()) {
    if (part) pieces.push({ text: part, match: i % 2 === 1 });
  }
  // Combining marks that follow a match (Devanagari vowel signs, for example) belong to it.
  for (let i = 0; i < pieces.length - 1; i++) {
    const [current, next] = [pieces[i]!, pieces[i + 1]!];
    const marks = current.match ? /^\p{M}+/u.exec(next.text)?.[0] : undefined;
    if (marks) {
      current.text += marks;
      next.text = next.text.slice(marks.length);
    }
  }
  return pieces.filter((p) => p.text.length > 0);
}
