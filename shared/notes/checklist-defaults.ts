/**
 * The built-in groups of the relationship checklist: one per element of the therapeutic
 * relationship in the seed article, and Bordin's working alliance (agreement on goals, agreement on
 * tasks, the bond) as a group of its own. The wording is ours. The groups and items themselves live
 * in the vault (migrations 004 and 016), where the clinician adds groups of their own; these titles
 * name a group only until the vault's list has been read.
 */
export const CHECKLIST_GROUPS = [
  { key: 'trust', title: 'Trust and rapport' },
  { key: 'empathy', title: 'Empathy and understanding' },
  { key: 'collaboration', title: 'Collaborative partnership' },
  { key: 'alliance', title: 'Working alliance: goals, tasks and bond' },
  { key: 'safety', title: 'A safe, nonjudgmental space' },
  { key: 'authenticity', title: 'Authenticity and transparency' },
  { key: 'growth', title: 'Supporting growth and self-exploration' },
  { key: 'culture', title: 'Cultural humility and responsiveness' },
] as const;

export const CHECKLIST_ANSWERS = ['observed', 'partly', 'not-observed', 'not-addressed'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export const CHECKLIST_ANSWER_LABELS: Record<ChecklistAnswer, string> = {
  observed: 'Observed',
  partly: 'Partly',
  'not-observed': 'Not observed',
  'not-addressed': 'Not addressed',
};
