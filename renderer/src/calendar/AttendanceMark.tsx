import { ATTENDANCE_LABELS, type Attendance } from '../../../shared/schedule/schedule-contract';

/** Short words for the small blocks of the time grid; the full label is used everywhere else. */
export const SHORT_ATTENDANCE: Record<Attendance, string> = {
  scheduled: 'Scheduled',
  attended: 'Attended',
  'cancelled-early': 'Cancelled',
  'cancelled-late': 'Late cancel',
  'no-show': 'No-show',
};

const PATHS: Record<Attendance, string> = {
  scheduled: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v4.5l3 2',
  attended: 'M5 12.5 10 17 19 7',
  'cancelled-early': 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM5.6 5.6l12.8 12.8',
  'cancelled-late': 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v5m0 3.5v.01',
  'no-show': 'M6 6l12 12M18 6 6 18',
};

/**
 * How a session went, as a shape as well as a colour (the surrounding block carries the colour),
 * so attendance reads the same to someone who cannot tell the colours apart.
 */
export function AttendanceMark({
  status,
  variant = 'full',
}: {
  status: Attendance;
  variant?: 'full' | 'short' | 'icon';
}) {
  return (
    <span className={`attendance-mark attendance-mark--${status}`}>
      <svg
        width="14"
        height="14"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.25"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d={PATHS[status]} />
      </svg>
      {variant === 'icon' ? (
        <span className="visually-hidden">{ATTENDANCE_LABELS[status]}</span>
      ) : (
        <span>{variant === 'short' ? SHORT_ATTENDANCE[status] : ATTENDANCE_LABELS[status]}</span>
      )}
    </span>
  );
}
