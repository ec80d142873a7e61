import { checklistScore, feedbackScore } from '../../../shared/notes/alliance';
import type { NoteContent } from '../../../shared/notes/note-contract';

type Rupture = NoteContent['rupture'];

export const RUPTURE_LABELS: Record<Rupture['type'], string> = {
  none: 'None',
  withdrawal: 'Withdrawal',
  confrontation: 'Confrontation',
};

export const RESOLVED_LABELS: Record<string, string> = {
  yes: 'Resolved',
  partly: 'Partly resolved',
  no: 'Not resolved',
};

/** "9 of 22 answered · score 78%": the checklist at a glance, on its closed panel. */
export function checklistSummary(
  answers: readonly { answer: NoteContent['checklist'][number]['answer'] }[],
): string {
  const answered = answers.filter((a) => a.answer !== null).length;
  const score = checklistScore(answers);
  return `${answered} of ${answers.length} answered${score === null ? '' : ` · score ${score}%`}`;
}

export function feedbackSummary(feedback: Record<string, number | null>): string {
  const mean = feedbackScore(feedback);
  return mean === null ? 'Not given' : `Mean ${mean.toFixed(1)} of 10`;
}

export function ruptureSummary(rupture: { type: Rupture['type']; resolved: string }): string {
  if (rupture.type === 'none') return 'None recorded';
  const resolved = RESOLVED_LABELS[rupture.resolved];
  return `${RUPTURE_LABELS[rupture.type]}${resolved ? `, ${resolved.toLowerCase()}` : ''}`;
}
