'use client';

import { useActionState, useEffect, useState } from 'react';
import { bulkReviewAction } from '@/lib/import/actions/bulk-review';
import { FormMessage } from '../ui/form-message';
import { plural } from './labels';
import type { ReviewQuery } from './review-href';

const SELECTED = 'input[data-review-select]:checked';
const selectedIds = () => Array.from(document.querySelectorAll<HTMLInputElement>(SELECTED), (box) => box.value);

const quiet =
  'min-h-11 rounded-xl border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-ink-800';
const primary =
  'min-h-11 rounded-xl bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60';

function FilterFields({ query, withConfidence }: { query: ReviewQuery; withConfidence: boolean }) {
  return (
    <>
      <input type="hidden" name="batch" value={query.batch ?? ''} />
      <input type="hidden" name="reason" value={query.reason ?? ''} />
      {withConfidence ? <input type="hidden" name="minConfidence" value={query.minConfidence ?? ''} /> : null}
    </>
  );
}

/** Bulk choices: over the whole filtered queue, or over the rows ticked below; accepting only
 *  while some row has a candidate to accept. */
export function ReviewBulkBar({
  query,
  total,
  acceptable,
}: {
  query: ReviewQuery;
  total: number;
  acceptable: boolean;
}) {
  const [state, run, running] = useActionState(bulkReviewAction, {});
  const [selected, setSelected] = useState(0);
  useEffect(() => {
    const count = () => setSelected(document.querySelectorAll(SELECTED).length);
    count();
    document.addEventListener('change', count);
    return () => document.removeEventListener('change', count);
  }, []);
  // The settled rows leave the page, and their boxes with them.
  useEffect(() => {
    if (state.ok) setSelected(document.querySelectorAll(SELECTED).length);
  }, [state]);
  const onSelected = (formData: FormData) => {
    formData.set('recordIds', selectedIds().join(','));
    run(formData);
  };
  return (
    <section
      aria-label="Bulk choices"
      className="flex flex-col gap-3 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-ink-900"
    >
      <div className="flex flex-wrap items-center gap-2">
        {acceptable ? (
          <form action={run} className="flex flex-wrap items-center gap-2">
            <FilterFields query={query} withConfidence={false} />
            <input type="hidden" name="choice" value="accept" />
            <label className="text-sm text-zinc-600 dark:text-zinc-400" htmlFor="accept-above">
              Accept the best candidate of every row at
            </label>
            <select
              id="accept-above"
              name="minConfidence"
              defaultValue={String(Math.max(query.minConfidence ?? 90, 50))}
              className="min-h-11 rounded-xl border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-ink-900"
            >
              {[50, 75, 80, 90, 95, 100].map((n) => (
                <option key={n} value={n}>
                  {n}% or more
                </option>
              ))}
            </select>
            <button type="submit" disabled={running} className={primary}>
              Accept
            </button>
          </form>
        ) : null}
        <form action={run}>
          <FilterFields query={query} withConfidence />
          <input type="hidden" name="choice" value="unmatched" />
          <button type="submit" disabled={running || total === 0} className={quiet}>
            Leave all {plural(total, 'row')} unmatched
          </button>
        </form>
      </div>
      {selected > 0 ? (
        <div className="flex flex-wrap items-center gap-2" data-testid="review-selection">
          <span className="text-sm font-semibold">{plural(selected, 'row')} selected:</span>
          {acceptable ? (
            <form action={onSelected}>
              <input type="hidden" name="choice" value="accept" />
              <button type="submit" disabled={running} className={primary}>
                Accept their best candidates
              </button>
            </form>
          ) : null}
          <form action={onSelected}>
            <input type="hidden" name="choice" value="unmatched" />
            <button type="submit" disabled={running} className={quiet}>
              Leave them unmatched
            </button>
          </form>
        </div>
      ) : null}
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
    </section>
  );
}
