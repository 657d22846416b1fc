'use client';

import { useActionState, useState } from 'react';
import { resolveReviewItemAction } from '@/lib/import/actions/resolve-review-item';
import type { ImportRecordView } from '@/lib/import/types';
import type { PosterMap } from '@/lib/posters/src';
import { FormMessage } from '../ui/form-message';
import { CandidateList } from './candidate-list';
import { RecordFacts } from './record-row';
import { ReviewSearch } from './review-search';

/** One row of the review queue: what the file says, the candidates, a search, or leave unmatched. */
export function ReviewItem({ record, posters }: { record: ImportRecordView; posters: PosterMap }) {
  const [state, resolve, resolving] = useActionState(resolveReviewItemAction, {});
  const [searching, setSearching] = useState(record.candidates.length === 0);
  const name = record.title ?? record.imdbId ?? 'No title';
  return (
    <li
      data-testid="review-item"
      data-review-item
      aria-label={name}
      className="flex min-w-0 flex-col gap-3 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm data-[active]:border-brand-500 data-[active]:ring-2 data-[active]:ring-brand-500/40 dark:border-zinc-800 dark:bg-ink-900"
    >
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          value={record.id}
          data-review-select
          aria-label={`Select ${name}`}
          className="mt-1 size-5 shrink-0 accent-brand-600"
        />
        <div className="min-w-0">
          <h2 className="text-lg font-semibold leading-snug">
            {name}
            {record.year ? (
              <span className="font-normal text-zinc-500 dark:text-zinc-400"> ({record.year})</span>
            ) : null}
          </h2>
          <RecordFacts record={record} />
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            {record.file}, line {record.line}
            {record.reason ? ` · ${record.reason}` : ''}
          </p>
        </div>
      </div>
      {record.candidates.length ? (
        <CandidateList
          candidates={record.candidates}
          posters={posters}
          recordId={record.id}
          action={resolve}
          disabled={resolving}
          label={`Candidates for ${name}`}
        />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          No title in the local IMDb data or in your journal looks like it.
        </p>
      )}
      {searching ? (
        <ReviewSearch recordId={record.id} initialQuery={record.title ?? ''} pick={resolve} disabled={resolving} />
      ) : null}
      <FormMessage message={state.ok ? undefined : state.message} />
      <div className="flex flex-wrap gap-2">
        {searching ? null : (
          <button
            type="button"
            onClick={() => setSearching(true)}
            className="min-h-11 rounded-xl border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-ink-800"
          >
            Search another title
          </button>
        )}
        <form action={resolve}>
          <input type="hidden" name="recordId" value={record.id} />
          <input type="hidden" name="unmatched" value="1" />
          <button
            type="submit"
            disabled={resolving}
            data-review-leave
            className="min-h-11 rounded-xl px-4 text-sm font-semibold text-zinc-600 hover:bg-zinc-100 disabled:opacity-60 dark:text-zinc-300 dark:hover:bg-ink-800"
          >
            Leave unmatched
          </button>
        </form>
      </div>
    </li>
  );
}
