'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useState, useTransition } from 'react';
import { LogSheet } from '@/components/journal/log-sheet';
import { CheckIcon, CloseIcon, PlusIcon } from '@/components/shell/icons';
import { typeLabel } from '@/lib/journal/watches-format';
import { type ChangedTitle, dismissChange, watchlistChange } from '@/lib/offline/changes';
import { type Change, reasonOf } from '@/lib/offline/outbox';
import { deliver } from '@/lib/offline/sync';
import type { PickView } from '@/lib/picks/store';
import type { PosterVersion } from '@/lib/posters/src';
import { useLatestPending, useOutbox } from '../offline/outbox-context';
import { PendingBadge } from '../offline/pending-badge';
import { Poster } from '../titles/poster';
import { RatingBadge } from '../titles/rating-badge';
import { PredictedGrade } from './predicted-grade';

// Phones: three equal columns, icon over label; wider screens: a row of icon-and-label buttons.
const actionClass =
  'inline-flex min-h-11 flex-1 flex-col items-center justify-center gap-0.5 whitespace-nowrap rounded-lg px-1 py-1 text-xs font-semibold transition disabled:opacity-60 sm:flex-none sm:flex-row sm:gap-1.5 sm:px-3 sm:text-sm';
const DISMISS = ['dismiss'] as const;
const LIST = ['watchlist-add'] as const;
const quiet = `${actionClass} text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-ink-800`;

/** One pick: what it is, the grade the model expects, why, and what to do about it. */
export function PickCard({ pick, poster }: { pick: PickView; poster?: PosterVersion }) {
  const router = useRouter();
  const [logging, setLogging] = useState(false);
  const outbox = useOutbox();
  const title: ChangedTitle = { tconst: pick.tconst, title: pick.title, year: pick.year };
  const waitingDismissal = useLatestPending(pick.tconst, DISMISS) !== null;
  const waitingListing = useLatestPending(pick.tconst, LIST) !== null;
  const [done, setDone] = useState<{ dismissed?: boolean; listed?: boolean }>({});
  const [error, setError] = useState<string | null>(null);
  const [sending, startSending] = useTransition();
  // Feedback goes through the outbox, so it works offline; a refusal is shown on the card.
  const send = (change: Change, outcome: 'dismissed' | 'listed') =>
    startSending(async () => {
      setError(null);
      const delivery = await deliver(change);
      if (delivery.state === 'refused') setError(reasonOf(delivery.status, delivery.body));
      else {
        setDone((d) => ({ ...d, [outcome]: true }));
        if (delivery.state === 'queued') outbox?.queued();
      }
    });
  const close = useCallback(() => setLogging(false), []);
  const saved = useCallback(() => {
    setLogging(false);
    router.refresh();
  }, [router]);
  if (done.dismissed || waitingDismissal) return null;
  const facts = [pick.year ? String(pick.year) : null, typeLabel(pick.titleType) || null].filter(Boolean);
  return (
    <li
      className="flex flex-col gap-2 rounded-2xl border border-zinc-200 bg-white p-3 shadow-sm dark:border-zinc-800 dark:bg-ink-900"
      data-testid="pick"
      data-tconst={pick.tconst}
    >
      <div className="flex gap-3">
        <Link href={`/titles/${pick.tconst}`} className="shrink-0" tabIndex={-1} aria-hidden="true">
          <Poster tconst={pick.tconst} title={pick.title} year={pick.year} poster={poster} size="sm" />
        </Link>
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <Link
            href={`/titles/${pick.tconst}`}
            className="font-semibold leading-snug underline-offset-2 hover:text-brand-700 hover:underline dark:hover:text-brand-400"
          >
            {pick.title}
          </Link>
          <p className="flex flex-wrap items-center gap-x-2 text-sm text-zinc-500 dark:text-zinc-400">
            <span>{facts.join(' · ')}</span>
            <RatingBadge rating={pick.imdbRating} votes={pick.numVotes} size="sm" />
          </p>
          <ul className="mt-1 space-y-0.5 text-sm text-zinc-700 dark:text-zinc-300">
            {pick.reasons.map((reason) => (
              <li key={reason} className="first-letter:uppercase">
                {reason}
              </li>
            ))}
          </ul>
        </div>
        <div className="shrink-0 self-start">
          <PredictedGrade grade={pick.predictedGrade} />
        </div>
      </div>
      <div className="flex gap-1 border-t border-zinc-100 pt-2 dark:border-zinc-800">
        <button
          type="button"
          onClick={() => send(dismissChange(title), 'dismissed')}
          disabled={sending}
          className={quiet}
        >
          <CloseIcon className="size-4" aria-hidden="true" />
          Not interested
        </button>
        <button type="button" onClick={() => setLogging(true)} className={quiet}>
          <CheckIcon className="size-4" aria-hidden="true" />
          Already seen
        </button>
        {pick.onWatchlist || done.listed || waitingListing ? (
          <span className={`${actionClass} text-emerald-700 dark:text-emerald-300`}>
            <CheckIcon className="size-4" aria-hidden="true" />
            On watchlist
            {waitingListing ? <PendingBadge /> : null}
          </span>
        ) : (
          <button
            type="button"
            onClick={() => send(watchlistChange(title, true), 'listed')}
            disabled={sending}
            className={quiet}
          >
            <PlusIcon className="size-4" aria-hidden="true" />
            Add to watchlist
          </button>
        )}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <LogSheet
        target={
          logging
            ? {
                tconst: pick.tconst,
                title: pick.title,
                year: pick.year,
                type: pick.titleType,
                onWatchlist: pick.onWatchlist,
              }
            : null
        }
        onClose={close}
        onSaved={saved}
      />
    </li>
  );
}
