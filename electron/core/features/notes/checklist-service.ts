import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ChecklistGroupRow, ChecklistItem, noteChannels } from '../../../../shared/notes/note-contract';
import { appendAudit } from '../../db/audit';
import * as checklist from '../../db/checklist';
import type { Db } from '../../db/connection';
import { AppError } from '../../base/app-error';

type SaveInput = z.output<(typeof noteChannels)['checklist:save']['input']>;
type SaveGroupsInput = z.output<(typeof noteChannels)['checklist:saveGroups']['input']>;

/** The clinician's own checklist. Changes apply to notes started afterwards; old notes keep theirs. */
export class ChecklistService {
  constructor(private readonly db: () => Db) {}

  list(): ChecklistItem[] {
    return checklist.listChecklistItems(this.db(), false);
  }

  groups(): ChecklistGroupRow[] {
    return checklist.listChecklistGroups(this.db());
  }

  save(input: SaveInput): ChecklistItem[] {
    const db = this.db();
    db.transaction(() => {
      const active = new Set(
        checklist
          .listChecklistGroups(db)
          .filter((g) => g.active)
          .map((g) => g.key),
      );
      const kept: number[] = [];
      input.items.forEach((item, position) => {
        // Items already in a group later retired stay where they are; new ones go into groups in use.
        if (item.id === undefined && !active.has(item.group))
          throw new AppError('VALIDATION', 'An item can only be added to a group in use.');
        if (item.id !== undefined) {
          const changed = checklist.updateChecklistItem(db, { ...item, id: item.id, position });
          if (changed === 0)
            throw new AppError('NOT_FOUND', 'One of those checklist items no longer exists.');
          kept.push(item.id);
        } else {
          kept.push(checklist.insertChecklistItem(db, { ...item, position }));
        }
      });
      checklist.retireChecklistItemsExcept(db, kept);
      appendAudit(db, { action: 'settings.checklist-changed' });
    })();
    return this.list();
  }

  /**
   * The groups in their new order. A group is retired, never deleted: old notes name it. Built-in
   * groups keep their names and stay in use; only their place changes. Every stored group must be
   * in the list, so that a stale window cannot drop one by leaving it out.
   */
  saveGroups(input: SaveGroupsInput): ChecklistGroupRow[] {
    const db = this.db();
    db.transaction(() => {
      const stored = new Map(checklist.listChecklistGroups(db).map((g) => [g.key, g]));
      const named = input.groups.flatMap((g) => (g.key === undefined ? [] : [g.key]));
      if (
        new Set(named).size !== named.length ||
        named.length !== stored.size ||
        named.some((k) => !stored.has(k))
      )
        throw new AppError('CONFLICT', 'The checklist groups changed in another window. Reopen Settings.');
      input.groups.forEach((group, position) => {
        const before = group.key === undefined ? undefined : stored.get(group.key);
        if (!before) {
          checklist.insertChecklistGroup(db, {
            key: `own-${randomUUID()}`,
            title: group.title.trim(),
            position,
            active: true,
          });
        } else if (before.origin === 'built-in') {
          if (group.title.trim() !== before.title || !group.active)
            throw new AppError('VALIDATION', 'Built-in groups keep their names and stay in use.');
          checklist.updateChecklistGroup(db, { ...before, position });
        } else {
          checklist.updateChecklistGroup(db, {
            key: before.key,
            title: group.title.trim(),
            position,
            active: group.active,
          });
        }
      });
      appendAudit(db, { action: 'settings.checklist-groups-changed' });
    })();
    return this.groups();
  }
}
