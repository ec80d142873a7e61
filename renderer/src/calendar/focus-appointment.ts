/** How long to keep looking for an appointment that is being re-read after a change (≈1 s). */
const MAX_FRAMES = 60;
/** Frames the appointment must keep focus before we stop watching (the dialog restores focus late). */
const SETTLED_FRAMES = 5;

/**
 * Puts keyboard focus back on an appointment after the dialog about it closes. The element that
 * opened the dialog may be gone (a moved appointment is drawn in another column, once the calendar
 * has re-read it), and the closing dialog restores focus a frame or two later on a busy machine, so
 * the appointment is found again by its id and refocused until it has kept focus for a few frames.
 */
export function focusAppointment(id: string): void {
  let frames = 0;
  let settled = 0;
  let focused = false;
  const attempt = () => {
    const target = document.querySelector<HTMLElement>(`[data-appointment-id="${CSS.escape(id)}"]`);
    const active = document.activeElement;
    // Once the person has moved on to something else, leave their focus alone.
    if (focused && active && active !== target && active !== document.body) return;
    if (target && active === target) settled += 1;
    else if (target) {
      settled = 0;
      target.focus();
      focused = true;
    }
    frames += 1;
    if (settled < SETTLED_FRAMES && frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
