import { useEffect, useState } from 'react';

/** Whole seconds since `since` (an ISO time), ticking once a second. */
export function useElapsedSeconds(since: string): number {
  const start = Date.parse(since);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return Number.isNaN(start) ? 0 : Math.max(0, Math.floor((now - start) / 1000));
}
