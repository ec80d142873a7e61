import { RISK_LABELS } from '../clients/intake-schema';
import { formatDate, localDay } from '../dates/format-date';
import { measureSourceWords } from '../risk/measure-source';
import { ANSWER_LABELS, RISK_QUESTIONS, THOUGHTS_LABELS, type RiskReview } from '../risk/risk-contract';
import type { SummarySource } from './summary-contract';
import type { IntakeRiskBlock, ReviewRiskBlock, RiskBlock } from './summary-document';
import { facts, passages } from './summary-facts';
import type { Period } from './summary-period';

function reviewSource(review: RiskReview): string {
  if (review.source === 'intake') return 'At intake';
  if (review.source === 'measure') return `After ${measureSourceWords(review)}`;
  return `In the signed note of ${formatDate(review.noteSessionDate ?? review.reviewedOn)}`;
}

/**
 * The latest risk review the period reaches, printed with its date and where it was recorded.
 * Only sealed reviews count (at intake, after a measure, or in a signed note): one in a draft note
 * is not final.
 */
function reviewBlock(sealed: readonly RiskReview[], period: Period): ReviewRiskBlock | null {
  const shown = sealed.filter((r) => !period.to || r.reviewedOn <= period.to);
  const latest = shown[0];
  if (!latest) return null;
  const inPeriod = shown.filter((r) => !period.from || r.reviewedOn >= period.from);
  return {
    kind: 'review',
    reviewedOn: latest.reviewedOn,
    judgement: latest.judgement,
    source: reviewSource(latest),
    recordedBy: latest.recordedBy,
    facts: facts([
      ['Suicidal thoughts', THOUGHTS_LABELS[latest.suicidalThoughts]],
      ...RISK_QUESTIONS.map(({ key, label }): [string, string] => [label, ANSWER_LABELS[latest[key]]]),
    ]),
    passages: passages([
      ['Reasons for the judgement', latest.reasons],
      ['Protective factors', latest.protectiveFactors],
      ['Actions taken', latest.actions],
    ]),
    earlier: shown.length - 1,
    trend: (inPeriod.length > 0 ? inPeriod : [latest]).map((r) => r.judgement).reverse(),
  };
}

/**
 * The intake's risk answers with the day they were last changed, and what signed notes say since:
 * for a record with no risk review, a note is only said to mention risk, with its latest sentence
 * that does, and the reader is sent to the record.
 */
function intakeBlock(source: SummarySource, period: Period): IntakeRiskBlock {
  const risk = source.client.intake.risk;
  const answeredOn = source.client.riskAnsweredAt ? localDay(new Date(source.client.riskAnsweredAt)) : '';
  const mentioning = source.sessions
    .filter((s) => s.riskMention && (!period.to || s.date <= period.to))
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  const after = answeredOn ? mentioning.filter((s) => s.date > answeredOn) : [];
  const shown = after.length > 0 ? after : mentioning;
  const latest = shown.at(-1);
  return {
    kind: 'intake',
    answeredOn,
    facts: facts([
      ['Suicidal thoughts', RISK_LABELS[risk.suicidalThoughts]],
      ['Self-harm', RISK_LABELS[risk.selfHarm]],
      ['Harm to others', RISK_LABELS[risk.harmToOthers]],
      [
        'Safety plan',
        risk.safetyPlan
          ? `In place${risk.safetyPlanDate ? ` since ${formatDate(risk.safetyPlanDate)}` : ''}`
          : 'None recorded',
      ],
    ]),
    notes: risk.notes,
    mentions: latest
      ? {
          afterIntake: after.length > 0,
          sessions: shown.length,
          latest: { date: latest.date, signedAt: latest.signedAt, sentence: latest.riskMention },
        }
      : null,
  };
}

/** The latest risk review where the record has one; the intake's answers and the notes where not. */
export function selectRisk(source: SummarySource, period: Period): RiskBlock {
  const sealed = source.riskReviews.filter((r) => r.sealed);
  return reviewBlock(sealed, period) ?? intakeBlock(source, period);
}
