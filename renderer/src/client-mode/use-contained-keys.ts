import { useEffect, type RefObject } from 'react';

/** With Ctrl or Cmd, only the keys of editing the client's own text do anything. */
const EDITING_KEYS = new Set(['a', 'c', 'v', 'x', 'z', 'y']);
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls Tab stops at on the client's screen, its two guards left out. */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.offsetParent !== null && !el.classList.contains('client-mode__guard'),
  );
}

/** Keys that would leave the page, go back in its history, reload it, or reach a browser command. */
function leavesThePage(event: KeyboardEvent): boolean {
  if (event.key === 'Escape' || event.key === 'BrowserBack' || event.key === 'BrowserForward') return true;
  if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home'))
    return true;
  if (/^F\d{1,2}$/.test(event.key)) return true;
  if (event.ctrlKey || event.metaKey) return !EDITING_KEYS.has(event.key.toLowerCase());
  return false;
}

/**
 * While the client holds the laptop, the keyboard stays on their screen: the app's own shortcuts,
 * Escape, history and browser keys do nothing, and the mouse's back and forward buttons neither.
 * (Tab goes round through FocusGuards; the main side refuses everything else regardless.)
 */
export function useContainedKeys(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!root.current) return;
      if (leavesThePage(event)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    const onMouseButton = (event: MouseEvent) => {
      if (event.button === 3 || event.button === 4) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('mouseup', onMouseButton, true);
    window.addEventListener('mousedown', onMouseButton, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('mouseup', onMouseButton, true);
      window.removeEventListener('mousedown', onMouseButton, true);
    };
  }, [root]);
}
