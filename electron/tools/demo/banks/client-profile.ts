export type LifeStage = 'teen' | 'young' | 'adult' | 'older';
export type Gender = 'woman' | 'man' | 'non-binary';
export type Orientation = 'straight' | 'gay' | 'lesbian' | 'bisexual' | 'queer' | 'unlabelled';
export type Occupation = 'school' | 'student' | 'employed' | 'between' | 'retired';
export type Funding = 'parents' | 'self' | 'sliding' | 'student' | 'eap' | 'insurance';

/**
 * Who one client is, decided once before anything is written: every part of their record (intake,
 * goals, notes, ledger) draws on these facts, so no two parts of it can disagree.
 */
export interface Profile {
  /** Whole years at first contact. */
  age: number;
  bornYear: number;
  stage: LifeStage;
  gender: Gender;
  trans: boolean;
  orientation: Orientation;
  partnerGender: Gender | null;
  household: { text: string; partner: boolean; children: 'none' | 'young' | 'grown' };
  occupation: Occupation;
  socioeconomic: string;
  funding: Funding;
  payBy: 'bank transfer' | 'card' | 'insurance';
  /** Where the client grew up, and at what age they came here (null: born here). */
  migration: { text: string; arrivedAt: number | null };
  religion: string;
  /** Whether faith may come up in the record: not when there is none, or the client would not say. */
  religious: boolean;
  heritage: string;
}
