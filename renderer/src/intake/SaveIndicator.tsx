import { formatSavedAt } from '../../../shared/dates/format-moment';
import { Icon } from '../ui/Icon';
import type { AutosaveState } from './use-intake-autosave';

/**
 * A quiet word on where the draft stands. It is not a live region: announcing every save while the
 * clinician types would drown out what they are writing. A failure is announced (see IntakeEditor).
 */
export function SaveIndicator({
  state,
  draftSavedAt,
}: {
  state: AutosaveState;
  draftSavedAt: string | null;
}) {
  switch (state.kind) {
    case 'pending':
    case 'saving':
      return <span className="save-indicator">Saving draft…</span>;
    case 'saved':
      return (
        <span className="save-indicator save-indicator--saved">
          <Icon name="check" size={16} />
          Draft saved {formatSavedAt(state.at)}
        </span>
      );
    case 'failed':
      return <span className="save-indicator save-indicator--failed">Draft not saved</span>;
    case 'idle':
      return (
        <span className="save-indicator">
          {draftSavedAt
            ? `Draft from ${formatSavedAt(draftSavedAt)}`
            : 'Changes are kept as a draft as you type'}
        </span>
      );
  }
}
