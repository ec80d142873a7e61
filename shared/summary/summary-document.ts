import type { GasLevel } from '../goals/gas';
import type { TreatmentPlanBlock } from './select-treatment-plan';
import type { AlliancePoint } from '../notes/note-contract';
import type { Practice } from '../practice/practice-contract';
import type { Judgement } from '../risk/risk-contract';
import type { ScriptLanguages } from '../text/text-language';
import type { SummarySession, SummarySource } from './summary-contract';
import type { PaperSize } from '../pdf/pdf-output';
import type { SectionKey } from './summary-sections';

/**
 * What the summary document renders: already narrowed to the chosen sections, domains and period.
 * A section left out is null here, so the document cannot print what was not chosen.
 */
export interface Fact {
  label: string;
  value: string;
}

export interface Passage {
  label: string;
  text: string;
}

export interface TPoint {
  date: string;
  t: number;
}

export interface RatingPoint {
  date: string;
  level: GasLevel;
  rater: 'client' | 'clinician';
}

export type AllianceChartPoint = Pick<
  AlliancePoint,
  'date' | 'checklist' | 'feedback' | 'feedbackForm' | 'drop' | 'ruptures' | 'ruptureKind' | 'ruptureOpen'
>;

export interface AddressingEntry {
  key: string;
  title: string;
  text: string;
  preferNotToSay: boolean;
  relevant: boolean;
}

export interface CulturalBlock {
  addressing: AddressingEntry[];
  formulation: { key: string; title: string; answers: Passage[] }[];
  context: Passage[];
  /** Titles of the domains the clinician left out, for the preview only. */
  leftOut: string[];
}

export interface GoalBlock {
  key: string;
  number: number;
  clientWords: string;
  clinicianFraming: string;
  whyItMatters: string;
  weight: number;
  targetDate: string;
  baseline: GasLevel;
  /** From +2 down to −2, as a ladder reads. */
  levels: { level: GasLevel; text: string }[];
  latest: { client: RatingPoint | null; clinician: RatingPoint | null };
  status: { label: string; date: string; reason: string } | null;
  steps: { text: string; who: string }[];
}

export interface GoalsBlock {
  plan: {
    number: number;
    agreedOn: string;
    method: string;
    reviewDate: string;
    /** The review date had passed by the end of the summary's period. */
    reviewOverdue: boolean;
  } | null;
  tScore: { client: TPoint | null; clinician: TPoint | null };
  goals: GoalBlock[];
  /** Goals neither achieved nor discontinued by the end of the period. */
  activeGoals: number;
}

export interface GoalRatingsSeries {
  key: string;
  label: string;
  baseline: GasLevel;
  ratings: RatingPoint[];
}

export interface ChartsBlock {
  tScores: { client: TPoint[]; clinician: TPoint[] };
  goals: GoalRatingsSeries[];
  alliance: AllianceChartPoint[];
}

/** Signed progress notes whose text mentions risk: counted and dated, never classified. */
export interface RiskMentions {
  /** Whether the mentions are in sessions after the day the intake's risk answers were last changed. */
  afterIntake: boolean;
  sessions: number;
  latest: { date: string; signedAt: string; sentence: string };
}

/** The intake's answers and what notes say of risk: for a record that has no risk review yet. */
export interface IntakeRiskBlock {
  kind: 'intake';
  /** The local day the intake's risk answers were last changed; '' when they never were. */
  answeredOn: string;
  facts: Fact[];
  notes: string;
  mentions: RiskMentions | null;
}

/** The latest sealed risk review, with its date, source and author. */
export interface ReviewRiskBlock {
  kind: 'review';
  reviewedOn: string;
  judgement: Judgement;
  /** Where it was recorded, in words: "At intake" or "In the signed note of 4 March 2026". */
  source: string;
  recordedBy: string;
  facts: Fact[];
  passages: Passage[];
  /** How many earlier reviews (and whether the intake's answers) it supersedes, for the reader to ask for. */
  earlier: number;
  /** Judgements of the reviews in the period, oldest first, as a short trend ("Low → High → Moderate"). */
  trend: Judgement[];
}

export type RiskBlock = IntakeRiskBlock | ReviewRiskBlock;

/** The safety plan agreed by the end of the period, section by section; null inside when there is none. */
export interface SafetyPlanBlock {
  plan: {
    number: number;
    agreedOn: string;
    sections: { key: string; title: string; items: { text: string; phone: string }[] }[];
  } | null;
}

/** One instrument's scores in the period: first and latest with their bands, the change in words. */
export interface MeasureSummary {
  instrumentId: string;
  name: string;
  first: { date: string; total: number; band: string };
  latest: { date: string; total: number; band: string };
  /** Reliable and clinically significant change, in words; '' with a single score. */
  change: string;
  /** Where the change figures come from, so the reader can weigh them. */
  sources: string;
  points: { date: string; total: number }[];
}

export interface MeasuresBlock {
  entries: MeasureSummary[];
}

export interface SummaryDocumentData {
  generatedOn: string;
  /** The locale its dates are written in; the printed page writes its own in the same one. */
  locale: string;
  paper: PaperSize;
  practice: Practice;
  period: { from: string; to: string };
  heading: { chosenName: string | null; legalName: string | null };
  /** From the languages the client recorded, whatever sections are chosen; never printed, it only picks glyph shapes. */
  scriptLanguages: ScriptLanguages;
  included: SectionKey[];
  leftOut: SectionKey[];
  identity: { facts: Fact[] } | null;
  contact: { facts: Fact[] } | null;
  diagnoses: { entries: SummarySource['diagnoses'] } | null;
  intake: { passages: Passage[]; consent: Fact[] } | null;
  cultural: CulturalBlock | null;
  goals: GoalsBlock | null;
  /** Printed with the goals: objectives, interventions, sessions and who is involved. */
  treatmentPlan: TreatmentPlanBlock | null;
  charts: ChartsBlock | null;
  measures: MeasuresBlock | null;
  sessions: { entries: SummarySession[] } | null;
  risk: RiskBlock | null;
  safetyPlan: SafetyPlanBlock | null;
  status: { facts: Fact[] } | null;
}
