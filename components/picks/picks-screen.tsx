import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { type PickListView, SECTION_TITLES } from '@/lib/picks';
import type { PosterMap } from '@/lib/posters/src';
import type { RefreshReason } from '@/lib/server/refresh-requests';
import { PickCard } from './pick-card';
import { RegenerateButton } from './regenerate-button';
import { UpdatingNotice } from './updating-notice';
import { WeekPicker } from './week-picker';

const SECTION_HINTS = {
  genres: 'High predicted grades and IMDb ratings that rest on many votes, in the genres you grade highest.',
  discover: 'Directors and writers you have seen once or twice and loved.',
  filmography: 'What your favourite people made that you have not seen.',
  watchlist: 'Your watchlist, best predicted first.',
} as const;

/** The Picks screen: the week's list by section, earlier weeks, and "Regenerate now". */
export function PicksScreen({
  list,
  posters,
  weeks,
  latest,
  updating,
}: {
  list: PickListView | null;
  /** The cached posters of the picks (lib/posters). */
  posters: PosterMap;
  weeks: string[];
  latest: boolean;
  /** Being remade in the background (after an import, say). */
  updating: RefreshReason | null;
}) {
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Picks</h1>
          <p className="text-zinc-600 dark:text-zinc-400">
            {list
              ? `Made ${list.generatedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })} from ${list.gradeCount} graded title${list.gradeCount === 1 ? '' : 's'}, with the grade the model expects you to give.`
              : 'Films picked for you every week, each with the grade you would probably give it and why.'}
          </p>
        </div>
        {latest ? <RegenerateButton primary={!list} /> : null}
      </header>
      <UpdatingNotice updating={updating} />
      {list ? <WeekPicker weeks={weeks} current={list.weekStart} /> : null}
      {!list ? (
        <Card>
          <p className="text-zinc-600 dark:text-zinc-400">
            No picks yet. They are made after every IMDb refresh, or now with <strong>Regenerate now</strong>. The more
            titles you have graded, the better they get:{' '}
            <Link
              href="/search"
              className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-400"
            >
              log and grade
            </Link>{' '}
            what you have seen.
          </p>
        </Card>
      ) : (
        list.sections.map(({ section, picks }) => (
          <section
            key={section}
            aria-labelledby={`picks-${section}`}
            className="flex flex-col gap-2"
            data-section={section}
          >
            <div>
              <h2 id={`picks-${section}`} className="text-xl font-semibold">
                {SECTION_TITLES[section]}
              </h2>
              <p className="text-sm text-zinc-500 dark:text-zinc-400">{SECTION_HINTS[section]}</p>
            </div>
            {picks.length ? (
              <ul className="grid grid-cols-1 gap-3 lg:grid-cols-2 2xl:grid-cols-3">
                {picks.map((pick) => (
                  <PickCard key={pick.id} pick={pick} poster={posters[pick.tconst]} />
                ))}
              </ul>
            ) : (
              <p className="rounded-xl border border-dashed border-zinc-300 p-4 text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
                Nothing here this week.
              </p>
            )}
          </section>
        ))
      )}
    </div>
  );
}
