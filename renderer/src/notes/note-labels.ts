import { checklistScore, feedbackScore } from '../../../shared/notes/alliance';
import { FEEDBACK_SCALES, type Feedback } from '../../../shared/notes/feedback-forms';
import type { NoteContent } from '../../../shared/notes/note-contract';
import {
  digestRuptures,
  RUPTURE_KIND_LABELS,
  RUPTURE_OUTCOME_LABELS,
  type RuptureDigest,
  type RuptureEvent,
} from '../../../shared/notes/rupture-lists';

/** "9 of 22 answered · score 78%": the checklist at a glance, on its closed panel. */
export function checklistSummary(
  answers: readonly { answer: NoteContent['checklist'][number]['answer'] }[],
): string {
  const answered = answers.filter((a) => a.answer !== null).length;
  const score = checklistScore(answers);
  return `${answered} of ${answers.length} answered${score === null ? '' : ` · score ${score}%`}`;
}

/** The mean on the form's own scale, named as such: form 1 answers are never put on form 2's scale. */
export function feedbackSummary(feedback: Feedback): string {
  const mean = feedbackScore(feedback.answers);
  if (mean === null) return 'Not given';
  return feedback.form === 1
    ? `Earlier form: mean ${mean.toFixed(1)} of 10`
    : `Mean ${mean.toFixed(1)} on the ${FEEDBACK_SCALES[2].name} scale`;
}

export function outcomeWords(outcome: RuptureEvent['outcome'] | RuptureDigest['open']): string {
  if (outcome === '' || outcome === 'none') return 'outcome not recorded';
  return RUPTURE_OUTCOME_LABELS[outcome].toLowerCase();
}

/** "2 ruptures: withdrawal and confrontation, one partly resolved" on the closed panel. */
export function ruptureSummary(events: readonly RuptureEvent[]): string {
  if (events.length === 0) return 'None recorded';
  const digest = digestRuptures(events);
  const kind = digest.kind === 'none' ? '' : RUPTURE_KIND_LABELS[digest.kind].toLowerCase();
  const open = events.filter((e) => e.outcome !== 'resolved').length;
  const count = events.length === 1 ? '1 rupture' : `${events.length} ruptures`;
  return `${count}: ${kind}, ${open === 0 ? 'all resolved' : `${open} not fully resolved`}`;
}
