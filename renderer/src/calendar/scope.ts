import type { RadioOption } from '../ui/RadioChoice';

export type SeriesScope = 'one' | 'following';

/** The two ways a change to one occurrence of a series can reach the others. */
export const SCOPE_OPTIONS: readonly RadioOption<SeriesScope>[] = [
  { id: 'one', label: 'This appointment only' },
  {
    id: 'following',
    label: 'This and all following',
    hint: 'Every later appointment in the series that is still scheduled.',
  },
];
