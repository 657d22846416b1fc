import Link from 'next/link';
import type { PosterMap } from '@/lib/posters/src';
import type { PersonTitle } from '@/lib/titles/person-details';
import { Poster } from '../titles/poster';
import { RatingBadge } from '../titles/rating-badge';
import { Card } from '../ui/card';
import { WatchMark } from './watch-mark';

/** IMDb's known-for titles as posters; those outside the local data are only named by id. */
export function KnownFor({ titles, posters }: { titles: PersonTitle[]; posters: PosterMap }) {
  if (titles.length === 0) return null;
  const here = titles.filter((t) => t.title);
  const elsewhere = titles.filter((t) => !t.title);
  return (
    <Card title="Known for">
      {here.length ? (
        <ul className="grid grid-cols-3 gap-3 sm:grid-cols-4 md:gap-5" data-testid="known-for">
          {here.map((t) => (
            <li key={t.tconst}>
              <Link href={`/titles/${t.tconst}`} className="group block">
                <Poster
                  tconst={t.tconst}
                  title={t.title}
                  year={t.startYear}
                  poster={posters[t.tconst]}
                  className="aspect-2/3 h-auto! w-full! transition group-hover:brightness-110"
                />
                <p className="mt-2 line-clamp-2 text-sm leading-snug font-medium group-hover:text-brand-700 dark:group-hover:text-brand-400">
                  {t.title}
                </p>
                <div className="mt-1 flex flex-wrap items-center gap-1.5">
                  <RatingBadge rating={t.rating} size="sm" />
                  <WatchMark watch={t.watch} />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {elsewhere.length ? (
        <p className={`text-sm text-zinc-500 dark:text-zinc-400 ${here.length ? 'mt-4' : ''}`}>
          {here.length ? 'Also ' : ''}
          {elsewhere.length === 1 ? 'one title' : `${elsewhere.length} titles`} not in the IMDb data on this server:{' '}
          {elsewhere.map((t, i) => (
            <span key={t.tconst}>
              {i ? ', ' : ''}
              <a
                href={`https://www.imdb.com/title/${t.tconst}/`}
                target="_blank"
                rel="noreferrer"
                className="font-mono underline underline-offset-2"
              >
                {t.tconst}
              </a>
            </span>
          ))}
          .
        </p>
      ) : null}
    </Card>
  );
}
