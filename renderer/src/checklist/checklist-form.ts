import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import type { ChecklistGroupRow, ChecklistItem } from '../../../shared/notes/note-contract';

export const checklistSchema = channels['checklist:save'].input;
export type ChecklistFormValues = z.input<typeof checklistSchema>;
export type ChecklistFormItem = ChecklistFormValues['items'][number];

/** Each group's place, from the vault's list; a group it does not know goes last. */
export function groupOrder(groups: readonly ChecklistGroupRow[]): (group: string) => number {
  const order = new Map(groups.map((g, i) => [g.key, i]));
  return (group) => order.get(group) ?? groups.length;
}

/** The list in force, in the order notes show it: by group, then by position within the group. */
export function activeItems(
  items: readonly ChecklistItem[],
  rank: (group: string) => number,
): ChecklistFormItem[] {
  return items
    .filter((i) => i.active)
    .sort((a, b) => rank(a.group) - rank(b.group) || a.position - b.position)
    .map((i) => ({ id: i.id, group: i.group, text: i.text, active: true }));
}

/** Where an item added to a group goes: after the group's last item, or where the group would start. */
export function insertionIndex(
  items: readonly ChecklistFormItem[],
  group: string,
  rank: (group: string) => number,
): number {
  let index = 0;
  items.forEach((item, i) => {
    if (rank(item.group) <= rank(group)) index = i + 1;
  });
  return index;
}
