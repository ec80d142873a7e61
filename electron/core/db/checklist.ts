import type { Db } from './connection';

export interface ChecklistItemRow {
  id: number;
  group: string;
  text: string;
  active: boolean;
  position: number;
}

/** With onlyActive, the items a new note takes: in use, in a group in use. */
export function listChecklistItems(db: Db, onlyActive: boolean): ChecklistItemRow[] {
  const rows = db
    .prepare(
      `SELECT id, group_key AS "group", text, active, position FROM checklist_items
       WHERE (active = 1 AND group_key IN (SELECT key FROM checklist_groups WHERE active = 1)) OR ? = 0
       ORDER BY position, id`,
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

export interface ChecklistGroupRow {
  key: string;
  title: string;
  position: number;
  active: boolean;
  origin: 'built-in' | 'clinician';
}

/** Every group, retired ones too: an old note still names the group its items were in. */
export function listChecklistGroups(db: Db): ChecklistGroupRow[] {
  const rows = db
    .prepare('SELECT key, title, position, active, origin FROM checklist_groups ORDER BY position, key')
    .all() as (Omit<ChecklistGroupRow, 'active'> & { active: number })[];
  return rows.map((r) => ({ ...r, active: r.active === 1 }));
}

export function insertChecklistGroup(db: Db, group: Omit<ChecklistGroupRow, 'origin'>): void {
  db.prepare(
    "INSERT INTO checklist_groups (key, title, position, active, origin) VALUES (?, ?, ?, ?, 'clinician')",
  ).run(group.key, group.title, group.position, group.active ? 1 : 0);
}

export function updateChecklistGroup(db: Db, group: Omit<ChecklistGroupRow, 'origin'>): number {
  return db
    .prepare('UPDATE checklist_groups SET title = ?, position = ?, active = ? WHERE key = ?')
    .run(group.title, group.position, group.active ? 1 : 0, group.key).changes;
}
