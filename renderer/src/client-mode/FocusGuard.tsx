import type { RefObject } from 'react';
import { focusables } from './use-contained-keys';

/**
 * One of two stops at the ends of the client's screen that send Tab round: reached from inside, it
 * hands focus on to the other end; reached from outside, to its own end. Works whatever roving
 * focus a control inside keeps (a radio group's Tab stop is its chosen answer).
 */
export function FocusGuard({ root, at }: { root: RefObject<HTMLElement | null>; at: 'start' | 'end' }) {
  return (
    <span
      className="client-mode__guard"
      tabIndex={0}
      onFocus={(event) => {
        const container = root.current;
        if (!container) return;
        const all = focusables(container);
        const fromInside = event.relatedTarget instanceof Node && container.contains(event.relatedTarget);
        const wrap = (at === 'start') === fromInside;
        (wrap ? all[all.length - 1] : all[0])?.focus();
      }}
    />
  );
}
