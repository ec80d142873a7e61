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
  /** 0–10, or null when the client gave no feedback. */
  feedback: number | null;
  /** Either score fell clearly below the client's recent sessions. */
  drop: boolean;
  rupture: 'none' | 'withdrawal' | 'confrontation';
  /** '', 'yes', 'partly' or 'no'. */
  resolved: string;
}

export interface RiskJudgementPoint {
  date: string;
  judgement: 'low' | 'moderate' | 'high';
}
