/**
 * What the generator knows about one cultural and linguistic background: names in their own
 * script, a few things a client might say in their first language (with what it means), places,
 * and ways people of that background have described faith and heritage. All names are common
 * given and family names combined at random; no entry describes a real person.
 */
export interface GivenName {
  name: string;
  /** ASCII spelling, for the invented email address. */
  latin: string;
  gender: 'f' | 'm' | 'n';
  /** A familiar form the client may go by (Дима for Дмитрий). */
  familiar?: string;
}

export interface FamilyName {
  name: string;
  /** The feminine form, where the language has one (Соколова, Dąbrowska). */
  feminine?: string;
  latin: string;
}

export interface NativePhrase {
  text: string;
  meaning: string;
}

export interface CultureProfile {
  key: string;
  /** Relative share of clients with this background. */
  weight: number;
  /** The first language, in English; empty for English speakers. */
  language: string;
  languagesSpoken: readonly string[];
  /** Family name first in the legal name (Chinese, Japanese, Vietnamese). */
  familyFirst: boolean;
  /** What joins family and given name: a space, or nothing in Chinese. */
  joiner: string;
  given: readonly GivenName[];
  family: readonly FamilyName[];
  /** Other names some clients of this background go by day to day. */
  otherNames?: { f: readonly string[]; m: readonly string[] };
  phrases: readonly NativePhrase[];
  places: readonly string[];
  religion: readonly string[];
  heritage: readonly string[];
}
