'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { LogSheet } from '@/components/journal/log-sheet';
import type { LogTarget } from '@/components/journal/watch-form';
import { ClapperIcon, CloseIcon, SearchIcon } from '@/components/shell/icons';
import { Toast, type ToastData } from '@/components/ui/toast';
import type { WatchEntry } from '@/lib/journal/watch-entry';
import { formatGrade } from '@/lib/journal/watches-format';
import type { PosterMap } from '@/lib/posters/src';
import { type OnlineSearchAnswer, searchOnlineAction } from '@/lib/search/actions/search-online';
import { mergeLocalAndOnline } from '@/lib/search/merge';
import type { TitleSearchResult } from '@/lib/search/types';
import { useOutbox } from '../offline/outbox-context';
import { OfflineResults } from './offline-results';
import { ResultCard, type ResultCardData } from './result-card';
import { SearchFilters, type SearchFilterValues } from './search-filters';

const DEBOUNCE_MS = 250;

export interface SearchScreenProps {
  query: string;
  filters: SearchFilterValues;
  results: (TitleSearchResult & { predictedGrade: number | null })[];
  /** The cached posters of the results (lib/posters). */
  posters: PosterMap;
  imdbLoaded: boolean;
}

function searchUrl(pathname: string, query: string, filters: SearchFilterValues): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (filters.types.length) params.set('type', filters.types.join(','));
  if (filters.yearFrom) params.set('from', filters.yearFrom);
  if (filters.yearTo) params.set('to', filters.yearTo);
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** Search as you type (the URL's ?q= follows), results to log, and IMDb's website as a fallback. */
export function SearchScreen({ query, filters, results, posters, imdbLoaded }: SearchScreenProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [text, setText] = useState(query);
  const [pending, startTransition] = useTransition();
  const lastSent = useRef(query);
  const [online, setOnline] = useState<{ query: string; answer: OnlineSearchAnswer | null; pending: boolean } | null>(
    null,
  );
  const [target, setTarget] = useState<LogTarget | null>(null);
  const [logged, setLogged] = useState<Set<string>>(() => new Set());
  const [toast, setToast] = useState<ToastData | null>(null);
  // Offline, the server cannot be asked: the titles on this device are searched instead.
  const offline = useOutbox()?.online === false;

  const navigate = useCallback(
    (q: string, f: SearchFilterValues) => {
      lastSent.current = q;
      startTransition(() => router.replace(searchUrl(pathname, q, f), { scroll: false }));
    },
    [router, pathname],
  );

  // Typing: after a short pause, the URL (and so the server's results) follow.
  useEffect(() => {
    const q = text.replace(/\s+/g, ' ').trim();
    if (q === lastSent.current || offline) return;
    const timer = setTimeout(() => navigate(q, filters), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filters, navigate, offline]);

  // Back and forward: the box shows the URL's query.
  useEffect(() => {
    if (query !== lastSent.current) {
      lastSent.current = query;
      setText(query);
    }
  }, [query]);

  const currentQuery = text.replace(/\s+/g, ' ').trim();
  const onlineAnswer = online && online.query === query ? online : null;

  const merged = useMemo(() => {
    const predicted = new Map(results.map((r) => [r.tconst, r.predictedGrade]));
    return mergeLocalAndOnline(results, onlineAnswer?.answer?.results ?? []).map(
      (r): ResultCardData & { onlineSource: string | null } => ({
        ...r,
        predictedGrade: predicted.get(r.tconst) ?? null,
        inJournal: r.inJournal || logged.has(r.tconst),
        online: r.source === 'online',
        poster: posters[r.tconst],
      }),
    );
  }, [results, posters, onlineAnswer, logged]);
  const localCount = results.length;
  const onlineExtra = merged.slice(localCount);

  const searchOnline = async () => {
    const q = query;
    setOnline({ query: q, answer: null, pending: true });
    try {
      const answer = await searchOnlineAction(q);
      setOnline((o) => (o?.query === q ? { query: q, answer, pending: false } : o));
    } catch {
      setOnline((o) =>
        o?.query === q
          ? { query: q, answer: { results: [], errors: ['IMDb could not be reached.'] }, pending: false }
          : o,
      );
    }
  };

  const pick = (r: (typeof merged)[number]) =>
    setTarget({
      tconst: r.tconst,
      title: r.title,
      year: r.year,
      type: r.type,
      runtimeMinutes: r.runtimeMinutes,
      inJournal: r.inJournal,
      onWatchlist: r.onWatchlist,
      online: r.online ? { source: r.onlineSource ?? 'imdb-web' } : undefined,
    });

  const onSaved = useCallback(
    (watch: WatchEntry) => {
      setTarget(null);
      setLogged((s) => new Set(s).add(watch.tconst));
      const grade = watch.grade === null ? '' : ` · ${formatGrade(watch.grade)}/10`;
      setToast({
        id: Date.now(),
        message: `Logged “${watch.title ?? watch.tconst}”${grade}`,
        action: { label: 'Diary', href: '/diary' },
      });
      router.refresh();
    },
    [router],
  );
  const closeToast = useCallback(() => setToast(null), []);

  const activeFilters = filters.types.length + (filters.yearFrom ? 1 : 0) + (filters.yearTo ? 1 : 0);
  const typing = !offline && currentQuery !== query;
  const showOnlineOffer = query !== '' && !typing && !pending && !onlineAnswer;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <search className="sticky top-0 z-10 -mx-4 flex flex-col gap-2 bg-white px-4 pt-2 pb-2 md:static md:mx-0 md:bg-transparent md:p-0 dark:bg-ink-950 md:dark:bg-transparent">
        <form
          action={pathname}
          onSubmit={(event) => {
            event.preventDefault();
            navigate(currentQuery, filters);
            (document.activeElement as HTMLElement | null)?.blur();
          }}
          className="flex flex-col gap-2"
        >
          <div className="flex items-center gap-2">
            <div className="relative flex-1">
              <SearchIcon
                width={22}
                height={22}
                strokeWidth={2}
                className="pointer-events-none absolute top-1/2 left-4 -translate-y-1/2 text-zinc-400"
              />
              <input
                type="search"
                name="q"
                aria-label="Search titles"
                placeholder="Films, series, shorts…"
                // biome-ignore lint/a11y/noAutofocus: the search screen exists to type into this box
                autoFocus
                value={text}
                onChange={(e) => setText(e.target.value)}
                autoComplete="off"
                autoCorrect="off"
                spellCheck={false}
                enterKeyHint="search"
                className="min-h-14 w-full rounded-2xl border border-zinc-300 bg-white pr-12 pl-12 text-lg text-zinc-900 shadow-sm outline-none transition placeholder:text-zinc-400 focus:border-brand-500 focus:ring-4 focus:ring-brand-500/20 dark:border-zinc-700 dark:bg-ink-900 dark:text-zinc-100 [&::-webkit-search-cancel-button]:hidden"
              />
              {pending || typing ? (
                <span
                  aria-hidden="true"
                  className="absolute top-1/2 right-4 size-5 -translate-y-1/2 animate-spin rounded-full border-2 border-brand-500 border-t-transparent"
                />
              ) : text ? (
                <button
                  type="button"
                  aria-label="Clear"
                  onClick={() => setText('')}
                  className="absolute top-1/2 right-2 grid size-10 -translate-y-1/2 place-items-center rounded-full text-zinc-400 hover:bg-zinc-100 dark:hover:bg-ink-800"
                >
                  <CloseIcon width={18} height={18} strokeWidth={2.4} />
                </button>
              ) : null}
            </div>
          </div>
          {offline ? null : (
            <SearchFilters values={filters} activeCount={activeFilters} onChange={(f) => navigate(currentQuery, f)} />
          )}
        </form>
      </search>

      {!imdbLoaded ? (
        <div className="rounded-2xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-100">
          No IMDb data on this server yet, so only IMDb’s website can be searched.{' '}
          <Link href="/status" className="font-semibold underline">
            Load the data
          </Link>
        </div>
      ) : null}

      {offline ? (
        <OfflineResults
          query={currentQuery}
          onPick={(t) =>
            setTarget({
              tconst: t.tconst,
              title: t.title,
              year: t.year,
              type: t.type,
              inJournal: t.inJournal,
              onWatchlist: t.onWatchlist,
            })
          }
          onPickByName={({ title, year }) => setTarget({ tconst: '', title, year, type: null, byName: true })}
        />
      ) : query === '' ? (
        <EmptyHint />
      ) : (
        <section
          aria-label="Results"
          aria-busy={pending}
          className={`flex flex-col gap-3 transition-opacity ${pending ? 'opacity-60' : ''}`}
        >
          {localCount === 0 && !typing && !pending ? (
            <p className="px-1 text-zinc-600 dark:text-zinc-400">
              Nothing in the local IMDb data matches{' '}
              <strong className="text-zinc-900 dark:text-zinc-100">“{query}”</strong>
              {activeFilters ? ' with these filters' : ''}.
            </p>
          ) : null}
          {localCount > 0 ? (
            <>
              <h2 id="local-results-heading" className="sr-only">
                In the local IMDb data
              </h2>
              <ul className="flex flex-col gap-3" aria-labelledby="local-results-heading">
                {merged.slice(0, localCount).map((r) => (
                  <ResultCard key={r.tconst} result={r} onPick={() => pick(r)} />
                ))}
              </ul>
            </>
          ) : null}

          {onlineAnswer ? (
            <div className="mt-2 flex flex-col gap-3" data-testid="online-results">
              <h2 className="flex items-center gap-2 px-1 text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
                From IMDb’s website
                {onlineAnswer.pending ? (
                  <span
                    aria-hidden="true"
                    className="size-4 animate-spin rounded-full border-2 border-brand-500 border-t-transparent"
                  />
                ) : null}
              </h2>
              {onlineAnswer.pending ? (
                <p className="px-1 text-sm text-zinc-500 dark:text-zinc-400">Asking IMDb…</p>
              ) : null}
              {!onlineAnswer.pending && onlineExtra.length === 0 ? (
                <div className="flex flex-wrap items-center gap-3 px-1 text-sm text-zinc-600 dark:text-zinc-400">
                  <p>
                    {onlineAnswer.answer?.results.length
                      ? 'IMDb found nothing beyond the results above.'
                      : onlineAnswer.answer?.errors.length
                        ? 'IMDb’s website could not be asked just now.'
                        : 'IMDb found nothing either.'}
                  </p>
                  {onlineAnswer.answer?.errors.length && !onlineAnswer.answer.results.length ? (
                    <button
                      type="button"
                      onClick={searchOnline}
                      className="min-h-10 rounded-xl px-3 font-semibold text-brand-700 hover:bg-brand-50 dark:text-brand-400 dark:hover:bg-ink-800"
                    >
                      Try again
                    </button>
                  ) : null}
                </div>
              ) : null}
              {onlineExtra.length ? (
                <ul className="flex flex-col gap-3">
                  {onlineExtra.map((r) => (
                    <ResultCard key={r.tconst} result={r} onPick={() => pick(r)} />
                  ))}
                </ul>
              ) : null}
              {onlineAnswer.answer?.errors.length && onlineExtra.length === 0 ? (
                <ul className="px-1 text-xs text-zinc-500 dark:text-zinc-400">
                  {onlineAnswer.answer.errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}

          {showOnlineOffer ? (
            localCount < 3 ? (
              <div className="mt-2 flex flex-col items-start gap-3 rounded-2xl border border-dashed border-zinc-300 p-5 dark:border-zinc-700">
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  Too new for the local data, or known by another name? IMDb’s website may have it.
                </p>
                <button
                  type="button"
                  onClick={searchOnline}
                  className="min-h-12 rounded-xl bg-brand-600 px-5 font-semibold text-white shadow-sm hover:bg-brand-700"
                >
                  Search IMDb
                </button>
              </div>
            ) : (
              <button
                type="button"
                onClick={searchOnline}
                className="mt-1 min-h-12 self-center rounded-xl px-5 text-sm font-semibold text-brand-700 hover:bg-brand-50 dark:text-brand-400 dark:hover:bg-ink-800"
              >
                Not the one? Search IMDb
              </button>
            )
          ) : null}
        </section>
      )}

      <LogSheet target={target} onClose={() => setTarget(null)} onSaved={onSaved} />
      <Toast toast={toast} onDismiss={closeToast} />
    </div>
  );
}

function EmptyHint() {
  return (
    <div className="mt-6 flex flex-col items-center gap-3 px-6 text-center text-zinc-500 dark:text-zinc-400">
      <div className="grid size-16 place-items-center rounded-3xl bg-brand-50 text-brand-600 dark:bg-brand-900 dark:text-brand-100">
        <ClapperIcon width={30} height={30} />
      </div>
      <p className="text-lg font-semibold text-zinc-800 dark:text-zinc-200">What did you watch?</p>
      <p className="max-w-xs text-sm">
        Type a title — in any language, or the name it had where you saw it. Tap a result to log it.
      </p>
    </div>
  );
}
