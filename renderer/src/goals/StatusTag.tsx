import { formatShortDate } from '../../../shared/dates/format-date';
import type { GoalStatusEvent } from './goal-progress';
import './goals.css';

/** A goal's standing as a small tag; an active goal needs no tag. */
export function StatusTag({ status }: { status: GoalStatusEvent | null }) {
  if (!status || status.status === 'active') return null;
  const label = status.status === 'achieved' ? 'Achieved' : 'Discontinued';
  return (
    <span className={`goal-tag goal-tag--${status.status}`}>
      {label} {formatShortDate(status.date)}
    </span>
  );
}
