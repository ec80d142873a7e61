import type { Db } from './connection';
import { fillMissingNoteListFields } from './notes';
import { readSetting, writeSetting } from './settings';

/**
 * Work on stored data that a migration cannot do in SQL, run once per vault right after migrating
 * when it is opened, and recorded as done in settings so that no read ever has to write. Each step
 * is named once and never renamed; a step added later runs once on every vault, old or new.
 */
const STEPS: readonly { key: string; run: (db: Db) => void }[] = [
  {
    // Notes written before migration 009 have no list fields: their preview follows JavaScript's
    // rules for spaces, which SQL cannot repeat.
    key: 'maintenance.noteListFields',
    run: (db) => fillMissingNoteListFields(db),
  },
  {
    // Migration 016 remade the list fields with the feedback's form and a digest of the ruptures.
    key: 'maintenance.noteListFields.016',
    run: (db) => fillMissingNoteListFields(db),
  },
];

export function runMaintenance(db: Db): void {
  for (const step of STEPS) {
    if (readSetting(db, step.key) !== undefined) continue;
    db.transaction(() => {
      step.run(db);
      // A fixed value, not a time: two vaults made from the same records stay identical.
      writeSetting(db, step.key, 'done');
    })();
  }
}
