'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { type ReactNode, useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { CalendarIcon, ChevronDownIcon, PlusIcon, SearchIcon } from '@/components/shell/icons';
import { loadWatchesAction } from '@/lib/journal/actions/load-watches';
import type { DiaryFacets } from '@/lib/journal/diary-facets';
import type { ExtraFilter } from '@/lib/journal/diary-filters';
import { diaryOrder } from '@/lib/journal/diary-order';
import type { WatchPage } from '@/lib/journal/diary-query';
import type { WatchEntry } from '@/lib/journal/watch-entry';
import { groupDiary, typeLabel } from '@/lib/journal/watches-format';
import { deleteChange, restoreChange, withPatch } from '@/lib/offline/changes';
import { cancelPending, deliver } from '@/lib/offline/sync';
import type { PosterMap } from '@/lib/posters/src';
import { CachedCopyNotice } from '../offline/cached-copy-notice';
import { usePendingLogs, usePendingWatchChanges } from '../offline/outbox-context';
import { PendingViewings } from '../offline/pending-viewings';
import { RememberTitles } from '../offline/remember-titles';
import { Toast, type ToastData } from '../ui/toast';
import { ExtraFilters } from './extra-filters';
import { EditSheet } from './log-sheet';
import { WatchCard } from './watch-card';

export type DiaryFilterValues = Partial<
  Record<'year' | 'grade' | 'tag' | 'genre' | 'type' | 'q' | ExtraFilter, string>
>;

const GRADE_OPTIONS: { value: string; label: string }[] = [
  { value: '10', label: '10' },
  ...[9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${n} – ${n}.5` })),
  { value: '0.5', label: '0.5' },
  { value: 'none', label: 'No grade' },
];

function placed(items: WatchEntry[], watch: WatchEntry, complete: boolean): WatchEntry[] {
  const rest = items.filter((w) => w.id !== watch.id);
  const at = rest.findIndex((w) => diaryOrder(watch, w) < 0);
  if (at === -1) return complete ? [...rest, watch] : rest; // older than what is loaded: a later page brings it
  return [...rest.slice(0, at), watch, ...rest.slice(at)];
}

/** The diary: viewings grouped by month, newest first, with filters, search, edit, delete and undo. */
export function DiaryScreen({
  initial,
  posters: initialPosters,
  filters,
  facets,
  labels,
  renderedAt,
}: {
  initial: WatchPage;
  /** The cached posters of the first page's titles (lib/posters). */
  posters: PosterMap;
  filters: DiaryFilterValues;
  facets: DiaryFacets;
  /** Labels for filters whose value is an id (e.g. a person's name). */
  labels?: Partial<Record<ExtraFilter, string>>;
  /** When the server made this page (an offline copy says how old it is). */
  renderedAt: number;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [items, setItems] = useState(initial.watches);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [posters, setPosters] = useState(initialPosters);
  // New filters (or a refresh) bring a new first page: start over from it.
  const [shown, setShown] = useState(initial);
  // Deletions and undos since the server counted (deletes waiting on the device count below).
  const [countDelta, setCountDelta] = useState(0);
  const watchChanges = usePendingWatchChanges();
  if (shown !== initial) {
    setShown(initial);
    setItems(initial.watches);
    setCursor(initial.nextCursor);
    setPosters(initialPosters);
    setCountDelta(0);
  }
  const waitingDeletes = [...watchChanges.values()].filter((c) => c.deleted).length;
  const total = facets.total + countDelta - waitingDeletes;
  const [loading, setLoading] = useState(false);
  const [editing, setEditing] = useState<WatchEntry | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [toast, setToast] = useState<ToastData | null>(null);
  const [text, setText] = useState(filters.q ?? '');
  const [pending, startTransition] = useTransition();
  const sentinel = useRef<HTMLDivElement>(null);

  const setFilter = useCallback(
    (changes: DiaryFilterValues) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries({ ...filters, ...changes })) if (value) params.set(key, value);
      const qs = params.toString();
      startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
    },
    [filters, pathname, router],
  );

  useEffect(() => {
    const q = text.trim();
    if (q === (filters.q ?? '')) return;
    const timer = setTimeout(() => setFilter({ q }), 300);
    return () => clearTimeout(timer);
  }, [text, filters.q, setFilter]);

  const loadMore = useCallback(async () => {
    if (!cursor || loading) return;
    setLoading(true);
    try {
      const page = await loadWatchesAction({ filters: filters as Record<string, string>, cursor });
      setItems((current) => {
        const known = new Set(current.map((w) => w.id));
        return [...current, ...page.watches.filter((w) => !known.has(w.id))];
      });
      setCursor(page.nextCursor);
      setPosters((current) => ({ ...current, ...page.posters }));
    } finally {
      setLoading(false);
    }
  }, [cursor, loading, filters]);

  // Infinite scroll: the next page loads as the end of the list comes near.
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !cursor) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) loadMore();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [cursor, loadMore]);

  const onSaved = useCallback(
    (watch: WatchEntry) => {
      setEditing(null);
      setItems((current) => placed(current, watch, cursor === null));
      setToast({ id: Date.now(), message: 'Saved.' });
    },
    [cursor],
  );

  const undo = useCallback(
    async (watch: WatchEntry, waitingDelete: string | null) => {
      setToast(null);
      const title = watch.title ?? watch.tconst;
      // A delete still waiting on this device is simply taken back: the server never hears of it.
      if (waitingDelete && (await cancelPending(waitingDelete))) {
        setToast({ id: Date.now(), message: `Restored “${title}”.` });
        return;
      }
      const delivery = await deliver(restoreChange(watch));
      if (delivery.state === 'refused') {
        setToast({ id: Date.now(), message: 'It could not be restored.' });
        return;
      }
      const restored = delivery.state === 'done' ? (delivery.body as WatchEntry) : watch;
      setItems((current) => placed(current, restored, cursor === null));
      setCountDelta((d) => d + 1);
      const later = delivery.state === 'queued' ? ' It will sync when you’re online.' : '';
      setToast({ id: Date.now(), message: `Restored “${title}”.${later}` });
    },
    [cursor],
  );

  const onDelete = useCallback(
    async (watch: WatchEntry) => {
      setDeleting(true);
      try {
        const delivery = await deliver(deleteChange(watch));
        if (delivery.state === 'refused') {
          setToast({ id: Date.now(), message: 'The server refused to delete it.' });
          return;
        }
        setEditing(null);
        // Kept for later, the viewing stays in the list, hidden while its delete waits.
        if (delivery.state === 'done') {
          setItems((current) => current.filter((w) => w.id !== watch.id));
          setCountDelta((d) => d - 1);
        }
        const waiting = delivery.state === 'queued' ? delivery.id : null;
        setToast({
          id: Date.now(),
          message: `Deleted “${watch.title ?? watch.tconst}”.${waiting ? ' It will sync when you’re online.' : ''}`,
          action: { label: 'Undo', onClick: () => undo(watch, waiting) },
        });
      } finally {
        setDeleting(false);
      }
    },
    [undo],
  );
  const closeToast = useCallback(() => setToast(null), []);

  const shownItems = items.flatMap((watch) => {
    const change = watchChanges.get(watch.id);
    if (!change) return [watch];
    return change.deleted ? [] : [withPatch(watch, change.patch)];
  });
  const groups = groupDiary(shownItems);
  const filtered = Object.entries(filters).some(([, v]) => v);
  const waiting = usePendingLogs().length;

  return (
    <div className="flex flex-col gap-4">
      <header className="flex items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Diary</h1>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">
            {total > 0
              ? `${total.toLocaleString('en')} viewing${total === 1 ? '' : 's'}`
              : waiting > 0
                ? `${waiting} waiting to sync`
                : 'Nothing logged yet'}
          </p>
          <CachedCopyNotice renderedAt={renderedAt} />
        </div>
        <Link
          href="/search"
          className="inline-flex min-h-11 items-center gap-2 rounded-xl bg-brand-600 px-4 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          <PlusIcon width={18} height={18} strokeWidth={2.4} />
          Log
        </Link>
      </header>

      {facets.total > 0 ? (
        <div className="flex flex-col gap-3">
          <div className="relative">
            <SearchIcon
              width={20}
              height={20}
              strokeWidth={2}
              className="pointer-events-none absolute top-1/2 left-4 -translate-y-1/2 text-zinc-400"
            />
            <input
              type="search"
              aria-label="Search your diary"
              placeholder="Search your diary"
              value={text}
              onChange={(e) => setText(e.target.value)}
              className="min-h-12 w-full rounded-2xl border border-zinc-200 bg-zinc-50 pr-4 pl-11 text-base outline-none focus:border-brand-500 focus:bg-white focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-800 dark:bg-ink-900"
            />
          </div>
          <div className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:none] md:mx-0 md:flex-wrap md:px-0">
            <FilterSelect label="Year" value={filters.year ?? ''} onChange={(value) => setFilter({ year: value })}>
              <option value="">All years</option>
              {facets.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect label="Grade" value={filters.grade ?? ''} onChange={(value) => setFilter({ grade: value })}>
              <option value="">Any grade</option>
              {GRADE_OPTIONS.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
            </FilterSelect>
            {facets.genres.length ? (
              <FilterSelect label="Genre" value={filters.genre ?? ''} onChange={(value) => setFilter({ genre: value })}>
                <option value="">All genres</option>
                {facets.genres.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </FilterSelect>
            ) : null}
            {facets.types.length > 1 ? (
              <FilterSelect label="Type" value={filters.type ?? ''} onChange={(value) => setFilter({ type: value })}>
                <option value="">All types</option>
                {facets.types.map((t) => (
                  <option key={t} value={t}>
                    {typeLabel(t)}
                  </option>
                ))}
              </FilterSelect>
            ) : null}
            {facets.tags.length ? (
              <FilterSelect label="Tag" value={filters.tag ?? ''} onChange={(value) => setFilter({ tag: value })}>
                <option value="">All tags</option>
                {facets.tags.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </FilterSelect>
            ) : null}
            <ExtraFilters filters={filters} labels={labels} onRemove={(key) => setFilter({ [key]: '' })} />
            {filtered ? (
              <button
                type="button"
                onClick={() => {
                  setText('');
                  startTransition(() => router.replace(pathname, { scroll: false }));
                }}
                className="h-10 shrink-0 rounded-full px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50 dark:text-brand-400 dark:hover:bg-ink-800"
              >
                Clear
              </button>
            ) : null}
          </div>
        </div>
      ) : null}

      <PendingViewings />
      <RememberTitles
        titles={items.map((w) => ({
          tconst: w.tconst,
          title: w.title ?? w.tconst,
          year: w.year,
          type: w.type,
          inJournal: true,
        }))}
      />

      {facets.total === 0 && waiting === 0 ? (
        <div className="mt-8 flex flex-col items-center gap-3 px-6 text-center">
          <div className="grid size-16 place-items-center rounded-3xl bg-brand-50 text-brand-600 dark:bg-brand-900 dark:text-brand-100">
            <CalendarIcon width={30} height={30} />
          </div>
          <p className="text-lg font-semibold">Your diary is empty</p>
          <p className="max-w-xs text-sm text-zinc-500 dark:text-zinc-400">
            Find a film you have seen and log it: it takes three taps.
          </p>
          <Link
            href="/search"
            className="mt-2 inline-flex min-h-12 items-center rounded-xl bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
          >
            Search a title
          </Link>
        </div>
      ) : shownItems.length === 0 ? (
        <p className="mt-6 text-center text-zinc-500 dark:text-zinc-400">Nothing in your diary matches.</p>
      ) : (
        <div aria-busy={pending} className={`flex flex-col gap-2 transition-opacity ${pending ? 'opacity-60' : ''}`}>
          {groups.map((group) => (
            <section key={group.key} aria-label={group.label}>
              <div className="sticky top-0 z-[5] -mx-4 flex items-baseline justify-between bg-white px-6 py-2 text-zinc-500 md:mx-0 md:px-3 dark:bg-ink-950 dark:text-zinc-400">
                <h2 className="text-sm font-bold tracking-wide uppercase">{group.label}</h2>
                <span className="text-xs font-medium tabular-nums">{group.items.length}</span>
              </div>
              <ul className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-900">
                {group.items.map((watch) => (
                  <WatchCard
                    key={watch.id}
                    watch={watch}
                    poster={posters[watch.tconst]}
                    pending={watchChanges.has(watch.id)}
                    onOpen={() => setEditing(watch)}
                  />
                ))}
              </ul>
            </section>
          ))}
          <div ref={sentinel} />
          {cursor ? (
            <button
              type="button"
              onClick={loadMore}
              disabled={loading}
              className="mx-auto mt-2 min-h-12 rounded-xl px-6 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60 dark:text-brand-400 dark:hover:bg-ink-800"
            >
              {loading ? 'Loading…' : 'Load more'}
            </button>
          ) : null}
        </div>
      )}

      <EditSheet
        watch={editing}
        onClose={() => setEditing(null)}
        onSaved={onSaved}
        onDelete={onDelete}
        deleting={deleting}
      />
      <Toast toast={toast} onDismiss={closeToast} />
    </div>
  );
}

/** A filter as a pill-shaped native select (the phone's own picker), with a chevron. */
function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const active = value !== '';
  return (
    <span className="relative shrink-0">
      <select
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`h-10 appearance-none rounded-full border pr-9 pl-4 text-sm font-semibold outline-none focus:ring-2 focus:ring-brand-500/30 ${
          active
            ? 'border-brand-600 bg-brand-600 text-white'
            : 'border-zinc-200 bg-zinc-100 text-zinc-700 dark:border-zinc-800 dark:bg-ink-800 dark:text-zinc-200'
        }`}
      >
        {children}
      </select>
      <ChevronDownIcon
        width={16}
        height={16}
        strokeWidth={2.5}
        className={`pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 ${active ? 'text-white' : 'text-zinc-500 dark:text-zinc-400'}`}
      />
    </span>
  );
}
