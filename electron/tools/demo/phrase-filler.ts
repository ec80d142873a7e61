import { SLOTS } from './banks/note-phrases';
import type { SeededRandom } from './seeded-random';

export type Slots = Readonly<Record<string, string | (() => string)>>;

const SLOT = /\{(\w+)\}/g;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Fills {slots} from the given values first, then from the shared phrase bank. A capitalised slot
 * ({They}) takes the value of its lower-case name with a capital letter. Slot values may hold
 * slots of their own ({thought} → “preoccupied with {topic}”), filled in the next pass.
 */
export function fill(template: string, rng: SeededRandom, slots: Slots): string {
  let text = template;
  for (let pass = 0; pass < 3 && text.includes('{'); pass++) {
    text = text.replace(SLOT, (_, name: string) => {
      const lower = name.charAt(0).toLowerCase() + name.slice(1);
      const given = slots[name] ?? slots[lower];
      const value =
        given === undefined
          ? SLOTS[lower] && rng.pick(SLOTS[lower])
          : typeof given === 'function'
            ? given()
            : given;
      if (value === undefined) throw new Error(`The demo phrase bank has no slot “${name}”.`);
      return name === lower ? value : capitalise(value);
    });
  }
  return text;
}

/** `count` different sentences from a bank, filled and joined into one paragraph. */
export function paragraph(bank: readonly string[], count: number, rng: SeededRandom, slots: Slots): string {
  return rng
    .sample(bank, count)
    .map((sentence) => fill(sentence, rng, slots))
    .join(' ');
}
