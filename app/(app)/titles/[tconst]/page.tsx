import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CachedCopyNotice } from '@/components/offline/cached-copy-notice';
import { PendingViewings } from '@/components/offline/pending-viewings';
import { RememberTitles } from '@/components/offline/remember-titles';
import { BackButton } from '@/components/shell/back-button';
import { AkasList } from '@/components/titles/akas-list';
import { CastList } from '@/components/titles/cast-list';
import { CrewList } from '@/components/titles/crew-list';
import { EpisodesList } from '@/components/titles/episodes-list';
import { ImdbLink } from '@/components/titles/imdb-link';
import { LogButton } from '@/components/titles/log-button';
import { PredictedGradeCard } from '@/components/titles/predicted-grade-card';
import { TitleHeader } from '@/components/titles/title-header';
import { Viewings } from '@/components/titles/viewings';
import { WatchlistToggle } from '@/components/titles/watchlist-toggle';
import { requireUser } from '@/lib/auth/request';
import { watchesOfTitle } from '@/lib/journal/watch-entry';
import { isOnWatchlist } from '@/lib/journal/watchlist';
import { titlePredictions } from '@/lib/picks';
import { posterOf } from '@/lib/posters/availability';
import { isTconst } from '@/lib/titles/ids';
import { regionsFromAcceptLanguage } from '@/lib/titles/regions';
import { EPISODE_LIMIT, getTitleDetails } from '@/lib/titles/title-details';
import { isSeriesType } from '@/lib/titles/types';

/** One load per request, shared by the metadata and the page. */
const loadTitle = cache(async (tconst: string) => {
  if (!isTconst(tconst)) return null;
  const region = regionsFromAcceptLanguage((await headers()).get('accept-language'));
  return getTitleDetails(tconst, (await requireUser()).id, { region });
});

export async function generateMetadata({ params }: PageProps<'/titles/[tconst]'>): Promise<Metadata> {
  const title = await loadTitle((await params).tconst);
  if (!title) return { title: 'Unknown title' };
  return { title: title.startYear ? `${title.primaryTitle} (${title.startYear})` : title.primaryTitle };
}

export default async function TitlePage({ params }: PageProps<'/titles/[tconst]'>) {
  const { tconst } = await params;
  const user = await requireUser();
  const title = await loadTitle(tconst);
  if (!title) notFound();
  const [watches, onList, predictions, poster] = await Promise.all([
    watchesOfTitle(user.id, tconst),
    isOnWatchlist(user.id, tconst),
    titlePredictions(user.id, [tconst]),
    posterOf(tconst),
  ]);
  const prediction = predictions.get(tconst);
  const series = isSeriesType(title.titleType);
  return (
    <div className="flex flex-col gap-5">
      <BackButton fallback="/search" />
      <CachedCopyNotice renderedAt={Date.now()} />
      <TitleHeader title={title} poster={poster}>
        <LogButton
          target={{
            tconst: title.tconst,
            title: title.primaryTitle,
            year: title.startYear,
            type: title.titleType,
            runtimeMinutes: title.runtimeMinutes,
            inJournal: watches.length > 0,
            onWatchlist: onList,
          }}
        />
        <WatchlistToggle
          title={{ tconst: title.tconst, title: title.primaryTitle, year: title.startYear }}
          onList={onList}
        />
      </TitleHeader>
      {prediction ? <PredictedGradeCard prediction={prediction} /> : null}
      <PendingViewings tconst={title.tconst} />
      <RememberTitles
        titles={[
          {
            tconst: title.tconst,
            title: title.primaryTitle,
            year: title.startYear,
            type: title.titleType,
            inJournal: watches.length > 0,
            onWatchlist: onList,
          },
        ]}
      />
      <Viewings watches={watches} />
      <CastList cast={title.cast} />
      <CrewList directors={title.directors} writers={title.writers} principals={title.principals} />
      {series || title.episodeCount > 0 ? (
        <EpisodesList seasons={title.seasons} count={title.episodeCount} limit={EPISODE_LIMIT} />
      ) : null}
      <AkasList akas={title.akas} />
      <ImdbLink id={title.tconst} kind="title" />
    </div>
  );
}
