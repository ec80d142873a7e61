import type { CoherenceRule } from './demo-coherence-rules';

const unpunctuated = (text: string) => text.toLowerCase().replace(/[.\s]+$/, '');

/** A treatment plan reads as written for this goal: its objectives measure it, something is planned. */
export const PLAN_RULES: readonly CoherenceRule[] = [
  {
    name: 'each goal has an objective standing for its expected level, saying what that level is',
    check: (client) => {
      const goal = client.goals.find(
        (g) =>
          !g.objectives.some(
            (o) => o.gasLevel === 0 && unpunctuated(o.text).includes(unpunctuated(g.expected)),
          ),
      );
      return goal ? `“${goal.clientWords}” has no objective for “${goal.expected}”` : null;
    },
  },
  {
    name: 'each goal names the approaches planned for it',
    check: (client) => {
      const goal = client.goals.find((g) => g.modalities.length === 0);
      return goal ? `“${goal.clientWords}” plans no approach` : null;
    },
  },
];
