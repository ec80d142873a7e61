import { bundledLookup } from '../../shared/diagnoses/diagnosis-contract';
import { measure, type Timing } from './timing';

/** What a clinician types into the diagnosis picker: codes with and without the dot, and words. */
const TYPED = [
  'F43.10',
  'f4310',
  'z59.0',
  'generalized anxiety',
  'post traumatic stress',
  'major depressive disorder recurrent',
  'problems related to housing',
  'dépression',
  'adjustment disorder with mixed',
];

/** Every prefix of every query, as the look-up runs on each keystroke. */
const KEYSTROKES = TYPED.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));

/** The code look-up while typing: one keystroke's search of the bundled table, per run. */
export async function codeLookupWorkload(runs: number): Promise<Timing & { keystrokes: number }> {
  const timing = await measure(Math.max(runs, KEYSTROKES.length), (i) =>
    bundledLookup.search(KEYSTROKES[i % KEYSTROKES.length]!),
  );
  return { ...timing, keystrokes: KEYSTROKES.length };
}
