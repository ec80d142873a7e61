import type { Db } from './connection';

export interface ChecklistItemRow {
  id: number;
  group: string;
  text: string;
  active: boolean;
  position: number;
}

export function listChecklistItems(db: Db, onlyActive: boolean): ChecklistItemRow[] {
  const rows = db
    .prepare(
      `SELECT id, group_key AS "group", text, active, position FROM checklist_items
       WHERE active = 1 OR ? = 0 ORDER BY position, id`,
    )
    .all(onlyActive ? 1 : 0) as (Omit<ChecklistItemRow, 'active'> & { active: number })[];
  return rows.map((r) => ({ ...r, active: r.active === 1 }));
}

export function updateChecklistItem(
  db: Db,
  item: Omit<ChecklistItemRow, 'active'> & { active: boolean },
): number {
  return db
    .prepare('UPDATE checklist_items SET group_key = ?, text = ?, active = ?, position = ? WHERE id = ?')
    .run(item.group, item.text, item.active ? 1 : 0, item.position, item.id).changes;
}

export function insertChecklistItem(db: Db, item: Omit<ChecklistItemRow, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO checklist_items (group_key, text, active, position) VALUES (?, ?, ?, ?)')
      .run(item.group, item.text, item.active ? 1 : 0, item.position).lastInsertRowid,
  );
}

/** Items left out of a saved list are retired, not deleted: old notes still name them. */
export function retireChecklistItemsExcept(db: Db, keepIds: readonly number[]): void {
  db.prepare('UPDATE checklist_items SET active = 0 WHERE id NOT IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(keepIds),
  );
}
