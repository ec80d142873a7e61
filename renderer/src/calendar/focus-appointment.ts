/** How long to keep looking for an appointment that is being re-read after a change (≈1 s). */
const MAX_FRAMES = 60;

/**
 * Puts keyboard focus back on an appointment after the dialog about it closes. The element that
 * opened the dialog may be gone (a moved appointment is drawn in another column, once the calendar
 * has re-read it), so it is found again by its id, for up to about a second.
 */
export function focusAppointment(id: string): void {
  let frames = 0;
  const attempt = () => {
    const target = document.querySelector<HTMLElement>(`[data-appointment-id="${CSS.escape(id)}"]`);
    if (target) {
      target.focus();
      return;
    }
    frames += 1;
    if (frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
