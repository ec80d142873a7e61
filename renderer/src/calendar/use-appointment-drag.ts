import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { HOUR_HEIGHT, SNAP_MINUTES, type PlacedAppointment } from './time-grid-layout';

export interface DragPreview {
  id: string;
  /** Whole columns (days) and snapped minutes from where the appointment started. */
  dayShift: number;
  minuteShift: number;
  /** Pixels per day column, to draw the block where it would land. */
  columnWidth: number;
}

interface DragStart {
  placed: PlacedAppointment;
  dayIndex: number;
  x: number;
  y: number;
  columnWidth: number;
  moved: boolean;
}

interface DragOptions {
  dayCount: number;
  /** The first and last minute of the day the grid shows, so a drop stays on the grid. */
  firstMinute: number;
  lastMinute: number;
  onDrop: (placed: PlacedAppointment, dayShift: number, newStart: number) => void;
}

/** Below this many pixels a press is a click (open the appointment), not a drag. */
const DRAG_THRESHOLD = 5;

/**
 * Dragging a scheduled appointment to another time or day with the pointer. The block follows the
 * pointer in 15-minute and whole-day steps; letting go reports the new slot. A press that barely
 * moves stays a click, and the click that follows a real drag is swallowed.
 */
export function useAppointmentDrag({ dayCount, firstMinute, lastMinute, onDrop }: DragOptions) {
  const start = useRef<DragStart | null>(null);
  const justDragged = useRef(false);
  const [preview, setPreview] = useState<DragPreview | null>(null);

  const shiftsFor = (event: ReactPointerEvent, from: DragStart) => {
    const rawDays = Math.round((event.clientX - from.x) / from.columnWidth);
    const dayShift = Math.max(-from.dayIndex, Math.min(dayCount - 1 - from.dayIndex, rawDays));
    const rawMinutes =
      Math.round(((event.clientY - from.y) / HOUR_HEIGHT) * (60 / SNAP_MINUTES)) * SNAP_MINUTES;
    const length = from.placed.end - from.placed.start;
    const minuteShift = Math.max(
      firstMinute - from.placed.start,
      Math.min(lastMinute - length - from.placed.start, rawMinutes),
    );
    return { dayShift, minuteShift };
  };

  const handlers = (placed: PlacedAppointment, dayIndex: number) => ({
    onPointerDown(event: ReactPointerEvent<HTMLElement>) {
      if (event.button !== 0 || placed.appointment.status !== 'scheduled') return;
      const column = event.currentTarget.closest<HTMLElement>('[data-day-column]');
      start.current = {
        placed,
        dayIndex,
        x: event.clientX,
        y: event.clientY,
        columnWidth: column?.getBoundingClientRect().width ?? 1,
        moved: false,
      };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove(event: ReactPointerEvent<HTMLElement>) {
      const from = start.current;
      if (!from) return;
      if (!from.moved && Math.hypot(event.clientX - from.x, event.clientY - from.y) < DRAG_THRESHOLD) return;
      from.moved = true;
      setPreview({ id: placed.appointment.id, columnWidth: from.columnWidth, ...shiftsFor(event, from) });
    },
    onPointerUp(event: ReactPointerEvent<HTMLElement>) {
      const from = start.current;
      start.current = null;
      setPreview(null);
      if (!from?.moved) return;
      justDragged.current = true;
      const { dayShift, minuteShift } = shiftsFor(event, from);
      if (dayShift !== 0 || minuteShift !== 0) onDrop(placed, dayShift, placed.start + minuteShift);
    },
    onPointerCancel() {
      start.current = null;
      setPreview(null);
    },
  });

  /** True (once) when the click being handled ends a drag and should not open the appointment. */
  const consumeDragClick = () => {
    const was = justDragged.current;
    justDragged.current = false;
    return was;
  };

  return { preview, handlers, consumeDragClick };
}
