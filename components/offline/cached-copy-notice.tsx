'use client';

import { useEffect, useState } from 'react';
import { useOutbox } from './outbox-context';

/** A page this old was not just fetched: the service worker's copy, or a page left open. */
const STALE_AFTER_MS = 2 * 60 * 1000;

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 hours ago", "yesterday", "2 days ago"… */
function timeAgo(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(-hours, 'hour');
  return relative.format(-Math.round(hours / 24), 'day');
}

/**
 * Honest state on pages that work offline: the server stamps each render, and a page shown
 * offline (from the service worker's cache) or much later than it was made says how old it is.
 * Rendered after hydration only, since the age depends on the phone's clock.
 */
export function CachedCopyNotice({ renderedAt }: { renderedAt: number }) {
  const online = useOutbox()?.online ?? true;
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (now === null) return null;
  const age = Math.max(now - renderedAt, 0);
  if (online && age < STALE_AFTER_MS) return null;
  return (
    <p data-testid="cached-copy" className="text-sm font-medium text-amber-800 dark:text-amber-300">
      Last updated {timeAgo(age)}
      {online ? '' : ' · this phone’s copy'}
    </p>
  );
}
