'use client';

import { useActionState } from 'react';
import { SearchIcon } from '@/components/shell/icons';
import { type ReviewSearchState, searchReviewTitlesAction } from '@/lib/import/actions/search-review-titles';
import { CandidateList } from './candidate-list';

/** A small local search to find the right title when no candidate is it. */
export function ReviewSearch({
  recordId,
  initialQuery,
  pick,
  disabled,
}: {
  recordId: number;
  initialQuery: string;
  pick: (formData: FormData) => void;
  disabled: boolean;
}) {
  const [state, search, searching] = useActionState<ReviewSearchState, FormData>(searchReviewTitlesAction, {});
  return (
    <div className="flex flex-col gap-2">
      <form action={search} className="relative">
        <SearchIcon
          width={18}
          height={18}
          strokeWidth={2}
          className="pointer-events-none absolute top-1/2 left-3.5 -translate-y-1/2 text-zinc-400"
        />
        <input
          type="search"
          name="q"
          defaultValue={state.values?.q ?? initialQuery}
          aria-label="Search a title"
          placeholder="Search a title"
          className="min-h-12 w-full rounded-xl border border-zinc-300 bg-white pr-24 pl-10 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-700 dark:bg-ink-900"
        />
        <button
          type="submit"
          disabled={searching}
          className="absolute top-1.5 right-1.5 min-h-9 rounded-lg bg-zinc-900 px-3 text-sm font-semibold text-white disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900"
        >
          {searching ? '…' : 'Search'}
        </button>
      </form>
      {state.fieldErrors?.q || state.message ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">{state.fieldErrors?.q?.join(' ') ?? state.message}</p>
      ) : null}
      {state.results?.length ? (
        <CandidateList
          candidates={state.results}
          recordId={recordId}
          action={pick}
          disabled={disabled}
          label="Search results"
        />
      ) : null}
    </div>
  );
}
