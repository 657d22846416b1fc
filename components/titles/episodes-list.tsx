import Link from 'next/link';
import type { Season } from '@/lib/titles/title-details';
import { Card } from '../ui/card';
import { RatingBadge } from './rating-badge';

/** A series' episodes, one collapsible section per season (the first one open). */
export function EpisodesList({ seasons, count, limit }: { seasons: Season[]; count: number; limit: number }) {
  return (
    <Card title={count ? `Episodes (${count.toLocaleString('en')})` : 'Episodes'}>
      {seasons.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          No episodes in the local IMDb data. They are left out by default; see <code>etl/imdb.yml</code> to keep them.
        </p>
      ) : (
        <div className="flex flex-col gap-2" data-testid="episodes">
          {seasons.map((s, i) => (
            <details key={s.season ?? 'none'} open={i === 0} className="group rounded-xl bg-zinc-50 dark:bg-ink-800/60">
              <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-4 font-semibold">
                <span>{s.season == null ? 'Other episodes' : `Season ${s.season}`}</span>
                <span className="text-sm font-normal text-zinc-500 dark:text-zinc-400">
                  {s.episodes.length} episode{s.episodes.length === 1 ? '' : 's'}
                  <span className="ml-2 inline-block transition group-open:rotate-180" aria-hidden="true">
                    ▾
                  </span>
                </span>
              </summary>
              <ol className="divide-y divide-zinc-200 px-4 pb-2 dark:divide-zinc-700">
                {s.episodes.map((e) => (
                  <li key={e.tconst}>
                    <Link
                      href={`/titles/${e.tconst}`}
                      className="flex min-h-11 items-center gap-3 py-2 hover:text-brand-700 dark:hover:text-brand-400"
                    >
                      <span className="w-9 shrink-0 text-sm text-zinc-500 tabular-nums dark:text-zinc-400">
                        {e.episode != null ? `E${e.episode}` : '–'}
                      </span>
                      <span className="min-w-0 flex-1 truncate font-medium">{e.title ?? e.tconst}</span>
                      {e.startYear ? (
                        <span className="text-sm text-zinc-500 tabular-nums dark:text-zinc-400">{e.startYear}</span>
                      ) : null}
                      <RatingBadge rating={e.rating} votes={e.votes} size="sm" />
                    </Link>
                  </li>
                ))}
              </ol>
            </details>
          ))}
          {count > limit ? (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">The first {limit.toLocaleString('en')} episodes.</p>
          ) : null}
        </div>
      )}
    </Card>
  );
}
