import Link from 'next/link';
import type { PosterMap } from '@/lib/posters/src';
import type { ReviewTitle, TopTitle } from '@/lib/stats/types';
import { Poster } from '../titles/poster';
import { grade, plural } from './format';

// The titles of a year in review, with their posters: the top five as a shelf, the first and
// last viewing as lines.

/** The top-graded titles as posters with their rank; a series says how many of its episodes count. */
export function TopTitles({ titles, posters }: { titles: TopTitle[]; posters: PosterMap }) {
  return (
    <ol className="grid grid-cols-3 gap-3 sm:grid-cols-5 md:gap-5" data-testid="review-top">
      {titles.map((t, i) => (
        <li key={t.tconst}>
          <Link href={`/titles/${t.tconst}`} className="group block">
            <span className="relative block">
              <Poster
                tconst={t.tconst}
                title={t.title}
                year={t.year}
                poster={posters[t.tconst]}
                size="lg"
                className="aspect-2/3 h-auto! w-full! transition group-hover:brightness-110"
              />
              <span
                aria-hidden="true"
                className="absolute top-1.5 left-1.5 grid size-7 place-items-center rounded-full bg-zinc-950/75 text-sm font-bold text-white"
              >
                {i + 1}
              </span>
            </span>
            <span className="mt-2 line-clamp-2 text-sm leading-snug font-medium group-hover:text-brand-700 dark:group-hover:text-brand-400">
              {t.title ?? t.tconst}
              {t.year ? <span className="text-zinc-500 dark:text-zinc-400"> ({t.year})</span> : null}
            </span>
            <span className="mt-0.5 block text-sm text-zinc-500 tabular-nums dark:text-zinc-400">
              <strong className="text-zinc-900 dark:text-zinc-100">{grade(t.grade)}</strong>
              {t.episodes ? ` · ${plural(t.episodes, 'episode')}` : ''}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}

export function TitleLine({ t, label, poster }: { t: ReviewTitle; label: string; poster?: string }) {
  return (
    <Link
      href={`/titles/${t.tconst}`}
      className="flex min-h-11 items-center gap-3 rounded-lg py-1 pr-1 hover:bg-zinc-50 dark:hover:bg-ink-800"
    >
      <Poster tconst={t.tconst} title={t.title} year={t.year} poster={poster} size="sm" />
      <span className="min-w-0 flex-1">
        <span className="block text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
          <span className="uppercase">{label}</span>
          {t.watchedOn ? ` · ${t.watchedOn}` : ''}
        </span>
        <span className="block truncate font-medium">
          {t.title ?? t.tconst}
          {t.year ? <span className="text-zinc-500 dark:text-zinc-400"> ({t.year})</span> : null}
        </span>
      </span>
      {t.grade !== null ? <strong className="shrink-0 text-sm tabular-nums">{grade(t.grade)}</strong> : null}
    </Link>
  );
}
