import type { CultureProfile } from './culture-profile';
import { LATIN_SCRIPT_CULTURES } from './cultures-latin-script';
import { OTHER_SCRIPT_CULTURES } from './cultures-other-scripts';

export const CULTURES: readonly CultureProfile[] = [...LATIN_SCRIPT_CULTURES, ...OTHER_SCRIPT_CULTURES];
