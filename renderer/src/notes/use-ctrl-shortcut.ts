import { useEffect, useRef } from 'react';

/**
 * Ctrl+key (⌘key on a Mac) runs `action` from anywhere in the window, even inside a text field,
 * while the calling component is mounted and `enabled`. The browser's own meaning of the key
 * (save page, find, new window) and the focused element's are suppressed.
 */
export function useCtrlShortcut(key: string, action: () => void, enabled = true): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    if (!enabled) return;
    const wanted = key.toLowerCase();
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== wanted || event.repeat) return;
      // Caught on the way down and stopped there: a focused button would otherwise take Ctrl+Enter
      // as a press of itself.
      event.preventDefault();
      event.stopPropagation();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [key, enabled]);
}
