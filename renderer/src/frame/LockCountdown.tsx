import { useEffect, useState } from 'react';

function formatRemaining(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

interface LockCountdownProps {
  autoLockMinutes: number;
  lastActivityAt: () => number;
}

/** "Locks by itself in 9:41", ticking; mounted only while the lock button's tooltip is open. */
export function LockCountdown({ autoLockMinutes, lastActivityAt }: LockCountdownProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const remaining = lastActivityAt() + autoLockMinutes * 60_000 - now;
  return <span className="lock-countdown">Locks by itself in {formatRemaining(remaining)}</span>;
}
