import type { WatchEntry } from '@/lib/journal/watch-entry';
import { formatGrade, formatWatchedOn, reviewText } from '@/lib/journal/watches-format';
import { Card } from '../ui/card';

/** This user's viewings of the title, newest first. */
export function Viewings({ watches }: { watches: WatchEntry[] }) {
  return (
    <Card title={watches.length ? `Your viewings (${watches.length})` : 'Your viewings'}>
      {watches.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">Not in your journal yet. Log it when you have seen it.</p>
      ) : (
        <ol className="flex flex-col divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="viewings">
          {watches.map((w) => {
            const review = reviewText(w.review);
            const where = [
              w.place ? `at ${w.place}` : null,
              w.companions.length ? `with ${w.companions.join(', ')}` : null,
            ]
              .filter(Boolean)
              .join(' · ');
            return (
              <li key={w.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
                <GradeBubble grade={w.grade} />
                <div className="min-w-0 flex-1">
                  <p className="font-medium">
                    {formatWatchedOn(w.watchedOn, w.datePrecision, { kind: w.dateKind })}
                    {w.rewatch ? (
                      <span className="ml-2 rounded-full bg-zinc-100 px-2 py-0.5 align-middle text-xs font-medium text-zinc-600 dark:bg-ink-800 dark:text-zinc-300">
                        Rewatch
                      </span>
                    ) : null}
                  </p>
                  {where ? <p className="text-sm text-zinc-500 dark:text-zinc-400">{where}</p> : null}
                  {review ? (
                    <p className="mt-1 line-clamp-4 text-sm whitespace-pre-line text-zinc-700 dark:text-zinc-300">
                      {review}
                    </p>
                  ) : null}
                  {w.tags.length ? (
                    <ul className="mt-1.5 flex flex-wrap gap-1">
                      {w.tags.map((t) => (
                        <li
                          key={t}
                          className="rounded-md bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700 dark:bg-brand-900 dark:text-brand-100"
                        >
                          #{t}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}

function GradeBubble({ grade, size = 'md' }: { grade: number | null; size?: 'sm' | 'md' }) {
  const dims = size === 'sm' ? 'size-8 text-xs' : 'size-11 text-base';
  if (grade == null) {
    return (
      <span
        className={`flex shrink-0 items-center justify-center rounded-full border border-dashed border-zinc-300 text-zinc-400 dark:border-zinc-700 ${dims}`}
        title="No grade"
      >
        –
      </span>
    );
  }
  return (
    <span
      className={`flex shrink-0 items-center justify-center rounded-full bg-brand-600 font-bold text-white tabular-nums ${dims}`}
      title={`Your grade: ${formatGrade(grade)}/10`}
    >
      {formatGrade(grade)}
    </span>
  );
}
