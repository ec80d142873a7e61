import { CHECKLIST_GROUPS } from './checklist-defaults';
import type { ChecklistGroupRow } from './note-contract';

/**
 * A note's checklist entries under their groups, in the vault's group order. Every group an entry
 * names is shown, retired ones too; a group the list does not (yet) hold keeps its built-in title,
 * or its key, and comes last.
 */
export function groupEntries<T extends { group: string }>(
  entries: readonly T[],
  groups: readonly Pick<ChecklistGroupRow, 'key' | 'title'>[] | undefined,
): { key: string; title: string; items: T[] }[] {
  const known = groups ?? CHECKLIST_GROUPS;
  const order = [...known.map((g) => g.key), ...entries.map((e) => e.group)];
  const titles = new Map<string, string>([
    ...CHECKLIST_GROUPS.map((g) => [g.key, g.title] as const),
    ...known.map((g) => [g.key, g.title] as const),
  ]);
  return [...new Set(order)]
    .map((key) => ({ key, title: titles.get(key) ?? key, items: entries.filter((e) => e.group === key) }))
    .filter((g) => g.items.length > 0);
}
