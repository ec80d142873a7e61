import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import type { ChecklistItem } from '../../../shared/notes/note-contract';
import { CHECKLIST_GROUPS } from '../../../shared/notes/checklist-defaults';

export const checklistSchema = channels['checklist:save'].input;
export type ChecklistFormValues = z.input<typeof checklistSchema>;
export type ChecklistFormItem = ChecklistFormValues['items'][number];

const GROUP_ORDER = new Map<string, number>(CHECKLIST_GROUPS.map((g, i) => [g.key, i]));

/** The list in force, in the order notes show it: by group, then by position within the group. */
export function activeItems(items: readonly ChecklistItem[]): ChecklistFormItem[] {
  return items
    .filter((i) => i.active)
    .sort(
      (a, b) => (GROUP_ORDER.get(a.group) ?? 0) - (GROUP_ORDER.get(b.group) ?? 0) || a.position - b.position,
    )
    .map((i) => ({ id: i.id, group: i.group as ChecklistFormItem['group'], text: i.text, active: true }));
}

/** Where an item added to a group goes: after the group's last item, or where the group would start. */
export function insertionIndex(items: readonly ChecklistFormItem[], group: string): number {
  const rank = GROUP_ORDER.get(group) ?? 0;
  let index = 0;
  items.forEach((item, i) => {
    if ((GROUP_ORDER.get(item.group) ?? 0) <= rank) index = i + 1;
  });
  return index;
}
