import { useCallback, useEffect, useRef } from 'react';
import { call } from '../bridge/call';

const REPORT_EVERY_MS = 30_000;

/**
 * Tells the main side the clinician is here (key presses and clicks), at most once every 30 s:
 * the first activity is reported at once and later ones at the end of the 30 s, so the auto-lock
 * clock is never more than 30 s behind. Returns when activity was last reported, which is what the
 * main side's auto-lock counts from.
 */
export function useActivityReporter(): () => number {
  // The vault was just unlocked, which the main side counts as activity.
  const lastReportedAt = useRef(0);
  useEffect(() => {
    lastReportedAt.current = Date.now();
    let trailing: ReturnType<typeof setTimeout> | null = null;
    const report = () => {
      lastReportedAt.current = Date.now();
      // A failure means the vault locked meanwhile; the lock event already took the UI there.
      call('vault:activity', {}).catch(() => undefined);
    };
    const onActivity = () => {
      const since = Date.now() - lastReportedAt.current;
      if (since >= REPORT_EVERY_MS) report();
      else
        trailing ??= setTimeout(() => {
          trailing = null;
          report();
        }, REPORT_EVERY_MS - since);
    };
    const options = { capture: true, passive: true };
    window.addEventListener('keydown', onActivity, options);
    window.addEventListener('pointerdown', onActivity, options);
    return () => {
      window.removeEventListener('keydown', onActivity, options);
      window.removeEventListener('pointerdown', onActivity, options);
      if (trailing) clearTimeout(trailing);
    };
  }, []);
  return useCallback(() => lastReportedAt.current, []);
}
