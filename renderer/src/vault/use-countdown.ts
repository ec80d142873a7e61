import { useEffect, useState } from 'react';

/** A wait imposed by the main side; `since` tells two equal waits apart so each restarts the count. */
export interface Wait {
  ms: number;
  since: number;
}

/** Whole seconds left of a wait, ticking down to 0. */
export function useCountdown(wait: Wait): number {
  const [left, setLeft] = useState<{ for: Wait; seconds: number } | null>(null);
  useEffect(() => {
    if (wait.ms <= 0) return;
    const until = wait.since + wait.ms;
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setLeft({ for: wait, seconds });
      if (seconds === 0) clearInterval(timer);
    };
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [wait]);
  if (wait.ms <= 0) return 0;
  return left?.for === wait ? left.seconds : Math.ceil(wait.ms / 1000);
}
