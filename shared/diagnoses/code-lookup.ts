import { foldForSearch } from '../text/search-fold';
import type { CodeTitle } from './cms-code-file';

/**
 * The code look-up behind the diagnosis picker, fast enough to run on every keystroke. A query is
 * read as a code ("f32.1", "F321", "f32"), as words ("major depr", "trauma"), or as a code then
 * words ("f41 panic", as a picked row reads), in any case and without accents. Ranked: the exact
 * code, then codes starting with what was typed, then titles whose words start with every word
 * typed (those starting with the first word ahead), then titles merely containing every word;
 * within a rank, the classification's own order.
 */
interface Entry extends CodeTitle {
  compactCode: string;
  words: string[];
  folded: string;
  order: number;
}

export interface CodeLookup {
  search(query: string, limit?: number): CodeTitle[];
  find(code: string): CodeTitle | undefined;
}

function compact(code: string): string {
  return code.replace(/[.\s]/g, '').toLowerCase();
}

function splitWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const CODE_LIKE = /^[a-z]\d[0-9a-z]*$/;

/** A query as a code, words, or both ("f41 panic", or a picked row's "F41.0 Panic disorder …"). */
function parseQuery(folded: string): { code: string; words: string[] } {
  const whole = compact(folded);
  if (CODE_LIKE.test(whole) && whole.length <= 7) return { code: whole, words: [] };
  const [first = '', ...rest] = folded.split(' ');
  if (CODE_LIKE.test(compact(first))) return { code: compact(first), words: splitWords(rest.join(' ')) };
  return { code: '', words: splitWords(folded) };
}

function startsEveryWord(entry: Entry, words: readonly string[]): boolean {
  return words.every((w) => entry.words.some((t) => t.startsWith(w)));
}

function rank(entry: Entry, code: string, words: string[]): number {
  if (code !== '') {
    if (!entry.compactCode.startsWith(code) || !startsEveryWord(entry, words)) return -1;
    return entry.compactCode === code ? 0 : 1;
  }
  if (words.length === 0) return -1;
  if (startsEveryWord(entry, words)) return entry.words[0]!.startsWith(words[0]!) ? 2 : 3;
  if (words.every((w) => entry.folded.includes(w))) return 4;
  return -1;
}

export function createCodeLookup(codes: readonly CodeTitle[]): CodeLookup {
  const entries: Entry[] = codes.map((row, order) => {
    const folded = foldForSearch(row.title);
    return { ...row, compactCode: compact(row.code), words: splitWords(folded), folded, order };
  });
  const byCode = new Map(entries.map((e) => [e.compactCode, e]));
  return {
    search(query, limit = 20) {
      const folded = foldForSearch(query);
      if (folded === '') return [];
      const { code, words } = parseQuery(folded);
      const hits: { entry: Entry; rank: number }[] = [];
      for (const entry of entries) {
        const r = rank(entry, code, words);
        if (r >= 0) hits.push({ entry, rank: r });
      }
      hits.sort((a, b) => a.rank - b.rank || a.entry.order - b.entry.order);
      return hits.slice(0, limit).map(({ entry }) => ({ code: entry.code, title: entry.title }));
    },
    find(code) {
      const entry = byCode.get(compact(code));
      return entry && { code: entry.code, title: entry.title };
    },
  };
}
