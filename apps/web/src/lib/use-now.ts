import { useEffect, useState } from 'react';

/**
 * The current time, refreshed once a minute (or at `intervalMs`). For countdowns and "how long
 * ago": text that changes more often would be noise, and never put it in a live region.
 */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
