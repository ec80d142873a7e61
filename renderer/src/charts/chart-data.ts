/**
 * What the charts draw. Dates are calendar days (YYYY-MM-DD). These shapes match what the goals and
 * notes contracts return, so screens pass their data straight in.
 */
export interface TScorePoint {
  date: string;
  t: number;
}

export type GasLevel = -2 | -1 | 0 | 1 | 2;

export interface GoalRatingPoint {
  date: string;
  level: GasLevel;
  rater: 'client' | 'clinician';
}

export interface AllianceSessionPoint {
  date: string;
  /** 0–100, or null when no checklist item was answered. */
  checklist: number | null;
  /** The mean feedback answer on its form's scale (form 1: 0–10, form 2: 1–5), or null when none was given. */
  feedback: number | null;
  feedbackForm: 1 | 2;
  /** Either score fell clearly below the client's recent sessions. */
  drop: boolean;
  ruptures: number;
  ruptureKind: 'none' | 'withdrawal' | 'confrontation' | 'both';
  /** The least resolved outcome of the session's ruptures; 'none' when all were resolved. */
  ruptureOpen: string;
}

export interface RiskJudgementPoint {
  date: string;
  judgement: 'low' | 'moderate' | 'high';
}
