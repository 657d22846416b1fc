import type { ReviewReason } from '@/lib/import/types';
import { FilterTab } from './filter-tab';
import { type ReviewQuery, reviewHref } from './review-href';

const REASONS: [ReviewReason | undefined, string][] = [
  [undefined, 'All'],
  ['none', 'No candidate'],
  ['weak', 'Weak matches'],
  ['several', 'Several match'],
];
const CONFIDENCES = [undefined, 50, 75, 90] as const;

const rowClass = '-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:none] md:mx-0 md:flex-wrap md:px-0';

/** The queue by why its rows wait (with their counts; a reason no row has is left out) and by the best candidate's confidence. */
export function ReviewFilters({ query, counts }: { query: ReviewQuery; counts: Record<ReviewReason, number> }) {
  const all = counts.none + counts.weak + counts.several;
  return (
    <div className="flex flex-col gap-2">
      <nav aria-label="Rows by reason" className={rowClass}>
        {REASONS.filter(([reason]) => !reason || counts[reason] > 0 || query.reason === reason).map(
          ([reason, label]) => (
            <FilterTab
              key={reason ?? 'all'}
              href={reviewHref({ ...query, reason })}
              current={query.reason === reason}
              label={label}
              count={reason ? counts[reason] : all}
            />
          ),
        )}
      </nav>
      {/* Confidence is a candidate's: without any, there is nothing to filter by. */}
      {counts.weak + counts.several === 0 ? null : (
        <nav aria-label="Rows by confidence" className={rowClass}>
          {CONFIDENCES.map((min) => (
            <FilterTab
              key={min ?? 'any'}
              href={reviewHref({ ...query, minConfidence: min })}
              current={query.minConfidence === min}
              label={min === undefined ? 'Any confidence' : `Best ≥ ${min}%`}
            />
          ))}
        </nav>
      )}
    </div>
  );
}
