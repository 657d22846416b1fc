'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/auth/action';
import { addToWatchlistAction } from '@/lib/journal/actions/watchlist-add';
import { removeFromWatchlistAction } from '@/lib/journal/actions/watchlist-remove';

function BookmarkIcon({ filled }: { filled: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className="size-5"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6.5 3.5h11a1 1 0 0 1 1 1v16l-6.5-4.2-6.5 4.2v-16a1 1 0 0 1 1-1z" />
    </svg>
  );
}

/**
 * Adds the title to the watchlist or takes it off. The page re-renders after the action
 * (it revalidates the title and watchlist pages), which flips `onList`.
 */
export function WatchlistToggle({
  tconst,
  onList,
  variant = 'full',
}: {
  tconst: string;
  onList: boolean;
  variant?: 'full' | 'compact';
}) {
  const [added, add, adding] = useActionState<ActionState, FormData>(addToWatchlistAction, {});
  const [removed, remove, removing] = useActionState<ActionState, FormData>(removeFromWatchlistAction, {});
  const pending = adding || removing;
  const error = [added, removed].find((s) => !s.ok && (s.message || s.fieldErrors));
  const label = onList ? 'Remove from watchlist' : 'Add to watchlist';
  const styles =
    variant === 'compact'
      ? 'min-h-11 rounded-lg px-3 text-sm font-medium text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-ink-800'
      : `min-h-12 rounded-xl border px-5 text-base font-semibold ${
          onList
            ? 'border-brand-200 bg-brand-50 text-brand-700 hover:bg-brand-100 dark:border-brand-900 dark:bg-brand-900/60 dark:text-brand-100 dark:hover:bg-brand-900'
            : 'border-zinc-300 text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-ink-800'
        }`;
  return (
    <form action={onList ? remove : add} className="contents">
      <input type="hidden" name="tconst" value={tconst} />
      <button
        type="submit"
        disabled={pending}
        aria-label={variant === 'compact' ? label : undefined}
        className={`inline-flex items-center justify-center gap-2 transition disabled:opacity-60 ${styles}`}
      >
        {variant === 'compact' ? (
          'Remove'
        ) : (
          <>
            <BookmarkIcon filled={onList} />
            {label}
          </>
        )}
      </button>
      {error ? (
        <p role="alert" className="basis-full text-sm text-red-600 dark:text-red-400">
          {error.message ??
            Object.values(error.fieldErrors ?? {})
              .flat()
              .join(' ')}
        </p>
      ) : null}
    </form>
  );
}
