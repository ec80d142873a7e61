import type { SaveStatus } from '../../../shared/autosave/autosaver';
import { formatSavedAt } from '../../../shared/dates/format-moment';

/** The intake's SaveIndicator words: what it stores is a draft, perhaps one from an earlier sitting. */
export function draftSaveWords(draftSavedAt: string | null) {
  return (status: SaveStatus): string => {
    switch (status.kind) {
      case 'unsaved':
      case 'saving':
        return 'Saving draft…';
      case 'saved':
        if (status.savedAt !== null)
          return `Draft saved ${formatSavedAt(new Date(status.savedAt).toISOString())}`;
        return draftSavedAt
          ? `Draft from ${formatSavedAt(draftSavedAt)}`
          : 'Changes are kept as a draft as you type';
      case 'failed':
      case 'conflict':
        return 'Draft not saved';
    }
  };
}
