'use client';

import { useEffect, useState } from 'react';
import { type IndexedTitle, searchDevice } from '@/lib/offline/title-index';
import { parseSearchQuery } from '@/lib/search/parse';
import { ResultCard } from './result-card';

/** A title typed offline that the phone never saw: its name and year, for the server to find. */
export interface TitleByName {
  title: string;
  year: number | null;
}

/**
 * Search with no network: the titles this device has seen (the journal's, the watchlist's and
 * the title pages opened), matched as you type; a result opens the log sheet as online. A title
 * not among them can be logged by the name and year typed ("heat 1995").
 */
export function OfflineResults({
  query,
  onPick,
  onPickByName,
}: {
  query: string;
  onPick: (title: IndexedTitle) => void;
  onPickByName: (title: TitleByName) => void;
}) {
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

  const parsed = parseSearchQuery(query);
  const named = parsed.words.length ? { title: parsed.textWithoutYear, year: parsed.year } : null;
  return (
    <section aria-labelledby="offline-results-heading" className="flex flex-col gap-3" data-testid="offline-results">
      <h2 id="offline-results-heading" className="sr-only">
        Results on this phone
      </h2>
      <p className="px-1 text-sm text-zinc-600 dark:text-zinc-400">
        Searching the titles on this phone: your journal, your watchlist and the title pages you opened.
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
      {named ? (
        <div className="flex flex-col items-start gap-3 rounded-2xl border border-dashed border-zinc-300 p-5 dark:border-zinc-700">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Not here? Log it by its name{named.year ? ' and year' : ' (add the year to be sure: “heat 1995”)'}: the
            journal finds the title when you are back online, or asks you to pick it.
          </p>
          <button
            type="button"
            onClick={() => onPickByName(named)}
            className="min-h-12 rounded-xl bg-brand-600 px-5 font-semibold text-white shadow-sm hover:bg-brand-700"
          >
            Log “{named.title}
            {named.year ? ` (${named.year})` : ''}”
          </button>
        </div>
      ) : null}
    </section>
  );
}
