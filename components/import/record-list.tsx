import Link from 'next/link';
import type { ImportCounts, ImportRecordView } from '@/lib/import/types';
import { FilterTab } from './filter-tab';
import { type RecordFilter, STATUS_LABELS } from './labels';
import { RecordRow } from './record-row';

export const RECORDS_PER_PAGE = 50;

const FILTERS: (keyof ImportCounts & RecordFilter)[] = [
  'new',
  'duplicate',
  'merged',
  'watchlist',
  'review',
  'unmatched',
  'invalid',
];

/** The batch's records, a status at a time (tabs as links, so the page stays a server page). */
export function RecordList({
  batchId,
  counts,
  status,
  page,
  records,
}: {
  batchId: number;
  counts: ImportCounts;
  status: RecordFilter | null;
  page: number;
  records: ImportRecordView[];
}) {
  const href = (s: RecordFilter | null, p = 0) => {
    const params = new URLSearchParams();
    if (s) params.set('status', s);
    if (p > 0) params.set('page', String(p));
    const qs = params.toString();
    return `/import/${batchId}${qs ? `?${qs}` : ''}`;
  };
  const tab = (s: RecordFilter | null, label: string, n: number) => (
    <FilterTab key={s ?? 'all'} href={href(s)} current={status === s} label={label} count={n} />
  );
  return (
    <section aria-labelledby="records-heading" className="flex flex-col gap-3">
      <h2 id="records-heading" className="sr-only">
        Records
      </h2>
      <nav
        aria-label="Records by status"
        className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:none] md:mx-0 md:flex-wrap md:px-0"
      >
        {tab(null, 'All', counts.rows)}
        {FILTERS.filter((s) => counts[s] > 0).map((s) => tab(s, STATUS_LABELS[s], counts[s]))}
      </nav>
      {records.length === 0 ? (
        <p className="py-6 text-center text-zinc-500 dark:text-zinc-400">No records here.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-800">
          {records.map((r) => (
            <RecordRow key={r.id} record={r} />
          ))}
        </ul>
      )}
      {page > 0 || records.length === RECORDS_PER_PAGE ? (
        <div className="flex justify-between">
          {page > 0 ? (
            <Link
              href={href(status, page - 1)}
              className="min-h-11 rounded-xl px-4 py-2.5 font-semibold text-brand-700 dark:text-brand-400"
            >
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          {records.length === RECORDS_PER_PAGE ? (
            <Link
              href={href(status, page + 1)}
              className="min-h-11 rounded-xl px-4 py-2.5 font-semibold text-brand-700 dark:text-brand-400"
            >
              Next →
            </Link>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
