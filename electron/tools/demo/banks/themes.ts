import type { Profile } from './client-profile';
import { ANXIETY_THEMES } from './themes-anxiety';
import { LIFE_THEMES } from './themes-life';

/**
 * What brings a client to therapy, as the generator tells it: the client's words, the clinician's
 * framing, goals with their five attainment levels, and the topics sessions return to. Invented,
 * written to read like a real record without describing anyone.
 */
export interface GoalTemplate {
  clientWords: string;
  framing: string;
  why: string;
  steps: readonly (readonly [string, 'client' | 'clinician' | 'together' | 'someone else'])[];
  /** Much less than expected, less, expected, more, much more. */
  levels: readonly [string, string, string, string, string];
}

export interface Theme {
  key: string;
  /** Whether this can be what brings the client: a relationship needs a partner, and so on. */
  fits?: (p: Profile) => boolean;
  /** Whether the work includes exposure, which the notes may then mention. */
  exposure?: boolean;
  concern: string;
  ownWords: readonly string[];
  whyNow: readonly string[];
  hopes: readonly string[];
  /** Each sentence names the concern, so a formulation always says what it is about. */
  formulation: readonly string[];
  topics: readonly string[];
  goals: readonly GoalTemplate[];
  /** What the clinician does and sets as homework for this concern, beside the general ones. */
  interventions: readonly string[];
  homework: readonly string[];
}

export const THEMES: readonly Theme[] = [...LIFE_THEMES, ...ANXIETY_THEMES];
