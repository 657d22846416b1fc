import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatRuntime, typeLabel } from '@/lib/journal/watches-format';
import type { PosterVersion } from '@/lib/posters/src';
import { provisionalLabel, yearSpan } from '@/lib/titles/format';
import type { AlternativeTitle, TitleDetails } from '@/lib/titles/title-details';
import { Poster } from './poster';
import { RatingBadge } from './rating-badge';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
export function regionName(code: string | null): string {
  if (!code) return 'Original';
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The title of the reader's region, when IMDb has one that differs from the primary title. */
function localTitleOf(title: TitleDetails): AlternativeTitle | null {
  const local = title.akas.find((a) => a.preferred);
  return local && local.title !== title.primaryTitle ? local : null;
}

/** The top of a title page: poster, facts, rating, then the page's actions. */
export function TitleHeader({
  title,
  poster,
  children,
}: {
  title: TitleDetails;
  poster?: PosterVersion;
  children?: ReactNode;
}) {
  const years = yearSpan(title.startYear, title.endYear, title.titleType);
  const runtime = formatRuntime(title.runtimeMinutes);
  const facts = [typeLabel(title.titleType) || 'Title', years, runtime].filter(Boolean);
  const local = localTitleOf(title);
  const provisional = provisionalLabel(title.provisionalSource);
  const rating = title.rating ? (
    <RatingBadge rating={title.rating.average} votes={title.rating.votes} size="lg" />
  ) : null;
  // Phone: poster and facts side by side, rating and actions under both. Wide: everything
  // but the poster in one column beside it.
  return (
    <header className="relative overflow-hidden rounded-3xl border border-zinc-200 bg-linear-to-br from-brand-50 via-white to-amber-50 p-5 shadow-sm md:p-8 dark:border-zinc-800 dark:from-brand-900/70 dark:via-ink-900 dark:to-ink-900">
      <div className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-4 md:gap-x-8">
        <Poster
          tconst={title.tconst}
          title={title.primaryTitle}
          year={title.startYear}
          poster={poster}
          size="lg"
          className="md:row-span-4"
        />
        <div className="flex min-w-0 flex-col gap-2">
          {title.series ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-300">
              Episode of{' '}
              <Link
                href={`/titles/${title.series.tconst}`}
                className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-400"
              >
                {title.series.title ?? title.series.tconst}
              </Link>
              {title.series.season != null ? ` · Season ${title.series.season}` : ''}
              {title.series.episode != null ? `, episode ${title.series.episode}` : ''}
            </p>
          ) : null}
          <p className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">{facts.join(' · ')}</p>
          <h1 className="text-2xl leading-tight font-bold tracking-tight break-words md:text-4xl">
            {title.primaryTitle}
          </h1>
          {title.originalTitle && title.originalTitle !== title.primaryTitle ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-300">
              Original title: <span className="italic">{title.originalTitle}</span>
            </p>
          ) : null}
          {local ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-300">
              In {regionName(local.region)}: <span className="italic">{local.title}</span>
            </p>
          ) : null}
          {title.provisionalDirectors.length ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-300" data-testid="provisional-directors">
              Directed by {title.provisionalDirectors.join(', ')}
            </p>
          ) : null}
          {title.genres.length ? (
            <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Genres">
              {title.genres.map((g) => (
                <li
                  key={g}
                  className="rounded-full bg-white/80 px-2.5 py-0.5 text-xs font-medium text-zinc-700 ring-1 ring-zinc-200 dark:bg-ink-800 dark:text-zinc-200 dark:ring-zinc-700"
                >
                  {g}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {rating ? <div className="col-span-2 md:col-span-1 md:col-start-2">{rating}</div> : null}
        {provisional ? (
          <p className="col-span-2 rounded-xl bg-amber-100 px-3 py-2 text-sm text-amber-900 md:col-span-1 md:col-start-2 dark:bg-amber-950 dark:text-amber-200">
            {provisional.sentence}
          </p>
        ) : null}
        {children ? (
          <div className="col-span-2 flex flex-wrap gap-3 md:col-span-1 md:col-start-2 md:self-end">{children}</div>
        ) : null}
      </div>
    </header>
  );
}
