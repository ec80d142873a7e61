import type { Fact, Passage } from './summary-document';

/** The entries that have something to say, as facts: an empty or missing value is left out. */
export function facts(entries: [label: string, value: string | null | undefined][]): Fact[] {
  return entries
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
    .map(([label, value]) => ({ label, value }));
}

/** The passages that hold text. */
export function passages(entries: [label: string, text: string][]): Passage[] {
  return entries.filter(([, text]) => text.trim() !== '').map(([label, text]) => ({ label, text }));
}
