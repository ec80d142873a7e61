import type { SaveStatus } from '../../../shared/autosave/autosaver';
import './save-indicator.css';
import { dateFormat } from '../../../shared/dates/app-locale';

const TIME = { hour: '2-digit', minute: '2-digit' } as const;

/** How a note says where it stands; an editor with other words (the intake's draft) passes its own. */
function noteWords(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.savedAt === null ? 'Saved' : `Saved ${dateFormat(TIME).format(status.savedAt)}`;
    case 'unsaved':
      return 'Editing…';
    case 'saving':
      return 'Saving…';
    case 'failed':
    case 'conflict':
      return 'Not saved';
  }
}

/**
 * The small word by an editor that says whether what is on screen is stored, with a dot whose colour
 * says the same at a glance. It is not a live region: announcing every autosave would talk over a
 * screen reader user's typing. Explicit saves and failures are announced where they happen.
 */
export function SaveIndicator({
  status,
  testId,
  words = noteWords,
}: {
  status: SaveStatus;
  testId?: string;
  words?: (status: SaveStatus) => string;
}) {
  return (
    <span className={`save-indicator save-indicator--${status.kind}`} data-testid={testId}>
      <span className="save-indicator__dot" aria-hidden="true" />
      {words(status)}
    </span>
  );
}
