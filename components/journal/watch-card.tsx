import type { WatchEntry } from '@/lib/journal/watch-entry';
import { formatGrade, formatRuntime, formatWatchedOn, reviewText, typeLabel } from '@/lib/journal/watches-format';
import type { PosterVersion } from '@/lib/posters/src';
import { formatRating, provisionalLabel } from '@/lib/titles/format';
import { PendingBadge } from '../offline/pending-badge';
import { Poster } from '../titles/poster';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function DateBlock({ watch }: { watch: WatchEntry }) {
  const base = 'flex h-14 w-12 shrink-0 flex-col items-center justify-center rounded-xl';
  if (watch.datePrecision === 'day' && watch.watchedOn && watch.dateKind === 'rated') {
    // The day it was rated: the viewing was then or before, on a weekday nobody knows.
    return (
      <div className={`${base} border border-dashed border-zinc-300 dark:border-zinc-700`} aria-hidden="true">
        <span className="text-[10px] font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">by</span>
        <span className="text-xl leading-none font-bold tabular-nums">{Number(watch.watchedOn.slice(8, 10))}</span>
      </div>
    );
  }
  if (watch.datePrecision === 'day' && watch.watchedOn) {
    const [y, m, d] = watch.watchedOn.split('-').map(Number);
    const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    return (
      <div className={`${base} bg-zinc-100 dark:bg-ink-800`}>
        <span className="text-[10px] font-semibold tracking-wider text-zinc-600 uppercase dark:text-zinc-400">
          {weekday}
        </span>
        <span className="text-xl leading-none font-bold tabular-nums">{d}</span>
      </div>
    );
  }
  const label = watch.datePrecision === 'month' ? 'month' : watch.datePrecision === 'year' ? 'year' : 'date?';
  return (
    <div className={`${base} border border-dashed border-zinc-300 dark:border-zinc-700`}>
      <span className="text-[10px] font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
        {label}
      </span>
    </div>
  );
}

export function GradeBadge({ grade }: { grade: number | null }) {
  if (grade === null) return null;
  return (
    <span
      className="inline-flex h-9 min-w-12 shrink-0 items-center justify-center gap-1 rounded-full bg-accent-400/20 px-2.5 text-base font-bold text-amber-800 tabular-nums dark:bg-accent-400/15 dark:text-amber-200"
      title={`Grade ${formatGrade(grade)} of 10`}
    >
      <svg
        viewBox="0 0 24 24"
        width={14}
        height={14}
        fill="currentColor"
        aria-hidden="true"
        className="text-accent-500"
      >
        <path d="m12 2.8 2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z" />
      </svg>
      {formatGrade(grade)}
    </span>
  );
}

/** A viewing in the diary; tapping it opens the edit sheet. */
export function WatchCard({
  watch,
  poster,
  pending = false,
  onOpen,
}: {
  watch: WatchEntry;
  poster?: PosterVersion;
  /** A change of it waits on this device. */
  pending?: boolean;
  onOpen: () => void;
}) {
  const facts = [
    watch.year ? String(watch.year) : null,
    typeLabel(watch.type) || null,
    formatRuntime(watch.runtimeMinutes),
  ]
    .filter(Boolean)
    .join(' · ');
  // What matters most first: a phone shows the start of the line only.
  const about = [
    watch.rating !== null ? `IMDb ${formatRating(watch.rating)}` : null,
    watch.genres.slice(0, 2).join(', ') || null,
    watch.directors.slice(0, 2).join(', ') || null,
  ].filter(Boolean);
  const provisional = provisionalLabel(watch.provisionalSource);
  const review = reviewText(watch.review);
  return (
    <li data-watch-id={watch.id}>
      <button
        type="button"
        onClick={onOpen}
        data-testid="diary-entry"
        className="flex w-full items-center gap-3.5 rounded-2xl px-2 py-2.5 text-left transition hover:bg-zinc-50 active:scale-[0.99] md:px-3 dark:hover:bg-ink-900"
      >
        <DateBlock watch={watch} />
        <Poster tconst={watch.tconst} title={watch.title} year={watch.year} poster={poster} size="sm" />
        <div className="min-w-0 flex-1">
          <p className="truncate text-base font-semibold">
            {watch.title ?? watch.tconst}
            {provisional ? (
              <span
                className="ml-2 align-middle text-[10px] font-semibold tracking-wide text-amber-700 uppercase dark:text-amber-300"
                title={provisional.sentence}
              >
                {provisional.badge}
              </span>
            ) : null}
          </p>
          <p className="flex flex-wrap items-center gap-x-2 text-sm text-zinc-500 dark:text-zinc-400">
            {facts ? <span>{facts}</span> : null}
            {watch.dateKind === 'rated' && watch.datePrecision === 'day' ? (
              <span
                className="whitespace-nowrap"
                title="The day it was rated: watched then or before"
                data-testid="rated-date"
              >
                {formatWatchedOn(watch.watchedOn, 'day', { kind: 'rated', short: true })}
              </span>
            ) : null}
            {watch.rewatch ? (
              <span className="inline-flex items-center gap-1 text-brand-600 dark:text-brand-400" title="Rewatch">
                <svg
                  viewBox="0 0 24 24"
                  width={14}
                  height={14}
                  fill="none"
                  stroke="currentColor"
                  strokeWidth={2.2}
                  aria-hidden="true"
                >
                  <path
                    d="M4 12a8 8 0 0 1 13.7-5.6L20 8.5M20 4v4.5h-4.5M20 12a8 8 0 0 1-13.7 5.6L4 15.5M4 20v-4.5h4.5"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
                Rewatch
              </span>
            ) : null}
          </p>
          {about.length ? (
            <p className="truncate text-sm text-zinc-500 dark:text-zinc-400" data-testid="diary-entry-about">
              {about.join(' · ')}
            </p>
          ) : null}
          {watch.tags.length ? (
            <p className="mt-1 flex flex-wrap gap-1">
              {watch.tags.map((tag) => (
                <span
                  key={tag}
                  className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 dark:bg-brand-900 dark:text-brand-100"
                >
                  {tag}
                </span>
              ))}
            </p>
          ) : null}
          {review ? (
            <p className="mt-1 line-clamp-1 text-sm text-zinc-500 italic dark:text-zinc-400">{review}</p>
          ) : null}
        </div>
        <span className="flex shrink-0 flex-col items-end gap-1.5">
          <GradeBadge grade={watch.grade} />
          {pending ? <PendingBadge /> : null}
        </span>
      </button>
    </li>
  );
}
