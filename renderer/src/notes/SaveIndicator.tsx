import type { SaveStatus } from '../../../shared/notes/autosaver';
import './save-indicator.css';

const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function label(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.savedAt === null ? 'Saved' : `Saved ${TIME.format(status.savedAt)}`;
    case 'unsaved':
      return 'Editing…';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return 'Not saved';
    case 'conflict':
      return 'Not saved';
  }
}

/**
 * The small word by the note that says whether what is on screen is stored. It is not a live region:
 * announcing every autosave would talk over a screen reader user's typing. Explicit saves and
 * failures are announced where they happen.
 */
export function SaveIndicator({ status, testId }: { status: SaveStatus; testId: string }) {
  return (
    <span className={`save-indicator save-indicator--${status.kind}`} data-testid={testId}>
      <span className="save-indicator__dot" aria-hidden="true" />
      {label(status)}
    </span>
  );
}
