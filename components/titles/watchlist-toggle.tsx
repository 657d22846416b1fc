'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { type ChangedTitle, watchlistChange } from '@/lib/offline/changes';
import { reasonOf } from '@/lib/offline/outbox';
import { deliver } from '@/lib/offline/sync';
import { useLatestPending, useOutbox } from '../offline/outbox-context';
import { PendingBadge } from '../offline/pending-badge';

const WATCHLIST_KINDS = ['watchlist-add', 'watchlist-remove'] as const;

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
 * Adds the title to the watchlist or takes it off, through the outbox (offline too). While the
 * change waits on the device the button shows the state asked for, marked pending; once the
 * server has it the page is refreshed, which brings `onList` along.
 */
export function WatchlistToggle({
  title,
  onList,
  variant = 'full',
}: {
  title: ChangedTitle;
  onList: boolean;
  variant?: 'full' | 'compact';
}) {
  const router = useRouter();
  const outbox = useOutbox();
  const waiting = useLatestPending(title.tconst, WATCHLIST_KINDS);
  const [asked, setAsked] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, startSending] = useTransition();
  if (asked !== null && asked === onList && !waiting) setAsked(null);
  const listed = waiting ? waiting === 'watchlist-add' : (asked ?? onList);

  const toggle = () =>
    startSending(async () => {
      setError(null);
      const delivery = await deliver(watchlistChange(title, !listed));
      if (delivery.state === 'refused') {
        setError(reasonOf(delivery.status, delivery.body));
        return;
      }
      setAsked(!listed);
      if (delivery.state === 'done') router.refresh();
      else outbox?.queued();
    });

  const label = listed ? 'Remove from watchlist' : 'Add to watchlist';
  const styles =
    variant === 'compact'
      ? 'min-h-11 rounded-lg px-3 text-sm font-medium text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-ink-800'
      : `min-h-12 rounded-xl border px-5 text-base font-semibold ${
          listed
            ? 'border-brand-200 bg-brand-50 text-brand-700 hover:bg-brand-100 dark:border-brand-900 dark:bg-brand-900/60 dark:text-brand-100 dark:hover:bg-brand-900'
            : 'border-zinc-300 text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-ink-800'
        }`;
  return (
    <>
      <button
        type="button"
        onClick={toggle}
        disabled={sending}
        aria-label={variant === 'compact' ? label : undefined}
        className={`inline-flex items-center justify-center gap-2 transition disabled:opacity-60 ${styles}`}
      >
        {variant === 'compact' ? (
          listed ? (
            'Remove'
          ) : (
            'Add back'
          )
        ) : (
          <>
            <BookmarkIcon filled={listed} />
            {label}
          </>
        )}
      </button>
      {waiting ? <PendingBadge /> : null}
      {error ? (
        <p role="alert" className="basis-full text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </>
  );
}
