import type { z } from 'zod';
import type { ChecklistItem, noteChannels } from '../../../../shared/notes/note-contract';
import { appendAudit } from '../../db/audit';
import * as checklist from '../../db/checklist';
import type { Db } from '../../db/connection';
import { AppError } from '../../base/app-error';

type SaveInput = z.output<(typeof noteChannels)['checklist:save']['input']>;

/** The clinician's own checklist. Changes apply to notes started afterwards; old notes keep theirs. */
export class ChecklistService {
  constructor(private readonly db: () => Db) {}

  list(): ChecklistItem[] {
    return checklist.listChecklistItems(this.db(), false);
  }

  save(input: SaveInput): ChecklistItem[] {
    const db = this.db();
    db.transaction(() => {
      const kept: number[] = [];
      input.items.forEach((item, position) => {
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
}
