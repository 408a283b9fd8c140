import { useEffect } from 'react';

// An import runs for seconds to minutes; re-reading every 2 s shows it move without a socket.
export const POLL_MS = 2000;

export const usePollWhileRunning = (running: boolean, refetch: () => unknown) => {
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => void refetch(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [running, refetch]);
};
