import { formatGrade } from '@/lib/journal/watches-format';
import type { WatchSummary } from '@/lib/titles/watch-summary';

/** What the user's journal says of a title in a list: their grade, or a tick when seen without one. */
export function WatchMark({ watch }: { watch: WatchSummary | null }) {
  if (!watch) return null;
  const times = watch.count > 1 ? ` · ${watch.count}×` : '';
  return (
    <span
      className="inline-flex shrink-0 items-center gap-1 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800 tabular-nums dark:bg-emerald-950 dark:text-emerald-200"
      title={`Seen${watch.lastWatchedOn ? `, last on ${watch.lastWatchedOn}` : ''}`}
    >
      <svg viewBox="0 0 20 20" className="size-3.5 fill-current" aria-hidden="true">
        <path d="M7.7 13.6 4.1 10l-1.2 1.2 4.8 4.8 10-10-1.2-1.2z" />
      </svg>
      {watch.grade != null ? formatGrade(watch.grade) : 'Seen'}
      {times}
    </span>
  );
}
