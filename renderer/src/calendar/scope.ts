import type { ChoiceOption } from '../ui/ChoiceGroup';

export type SeriesScope = 'one' | 'following';

/** The two ways a change to one occurrence of a series can reach the others. */
export const SCOPE_OPTIONS: readonly ChoiceOption<SeriesScope>[] = [
  { value: 'one', label: 'This appointment only' },
  {
    value: 'following',
    label: 'This and all following',
    hint: 'Every later appointment in the series that is still scheduled.',
  },
];
