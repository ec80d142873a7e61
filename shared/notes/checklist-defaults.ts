/**
 * The seven groups of the relationship checklist, one per element of the therapeutic relationship in
 * the seed article, with Bordin's agreement on goals and tasks folded into collaboration and the bond
 * into trust. The item wording is ours. The default items themselves are written into the vault by
 * migration 004 so that each vault owns and can edit its list.
 */
export const CHECKLIST_GROUPS = [
  { key: 'trust', title: 'Trust and rapport' },
  { key: 'empathy', title: 'Empathy and understanding' },
  { key: 'collaboration', title: 'Collaborative partnership' },
  { key: 'safety', title: 'A safe, nonjudgmental space' },
  { key: 'authenticity', title: 'Authenticity and transparency' },
  { key: 'growth', title: 'Supporting growth and self-exploration' },
  { key: 'culture', title: 'Cultural humility and responsiveness' },
] as const;

export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number]['key'];

export const CHECKLIST_ANSWERS = ['observed', 'partly', 'not-observed', 'not-addressed'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export const CHECKLIST_ANSWER_LABELS: Record<ChecklistAnswer, string> = {
  observed: 'Observed',
  partly: 'Partly',
  'not-observed': 'Not observed',
  'not-addressed': 'Not addressed',
};
