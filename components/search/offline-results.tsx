'use client';

import { useEffect, useState } from 'react';
import { type IndexedTitle, searchDevice } from '@/lib/offline/title-index';
import { ResultCard } from './result-card';

/**
 * Search with no network: the titles this device has seen (the journal's, the watchlist's and
 * the title pages opened), matched as you type; a result opens the log sheet as online.
 */
export function OfflineResults({ query, onPick }: { query: string; onPick: (title: IndexedTitle) => void }) {
  const [found, setFound] = useState<{ query: string; titles: IndexedTitle[] } | null>(null);
  useEffect(() => {
    let current = true;
    searchDevice(query).then(
      (titles) => current && setFound({ query, titles }),
      () => current && setFound({ query, titles: [] }),
    );
    return () => {
      current = false;
    };
  }, [query]);

  return (
    <section aria-label="Results on this phone" className="flex flex-col gap-3" data-testid="offline-results">
      <p className="rounded-2xl bg-amber-100 px-4 py-3 text-sm font-medium text-amber-950 dark:bg-amber-900/50 dark:text-amber-100">
        You’re offline: searching the titles on this phone (your journal, your watchlist and the title pages you
        opened).
      </p>
      {query === '' ? null : found?.query === query && found.titles.length === 0 ? (
        <p className="px-1 text-zinc-600 dark:text-zinc-400">
          Nothing on this phone matches <strong className="text-zinc-900 dark:text-zinc-100">“{query}”</strong>.
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {(found?.titles ?? []).map((t) => (
            <ResultCard key={t.tconst} result={t} onPick={() => onPick(t)} />
          ))}
        </ul>
      )}
    </section>
  );
}
