import { ATTENDANCE } from '../../../shared/schedule/schedule-contract';
import { AttendanceMark } from './AttendanceMark';

/** What the colours and marks on the calendar mean, always visible under it. */
export function AttendanceLegend({ dragHint }: { dragHint: boolean }) {
  return (
    <div className="attendance-legend">
      <h3 className="visually-hidden">Key</h3>
      <ul>
        {ATTENDANCE.map((status) => (
          <li key={status} className={`attendance-legend__item attendance-legend__item--${status}`}>
            <AttendanceMark status={status} />
          </li>
        ))}
      </ul>
      {dragHint && (
        <p className="muted">Drag a scheduled appointment to move it, or open it and choose Edit or move.</p>
      )}
    </div>
  );
}
