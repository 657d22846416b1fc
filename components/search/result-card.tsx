import { CheckIcon, PlusIcon, StarIcon } from '@/components/shell/icons';
import { PosterImage } from '@/components/titles/poster';
import { tileGradient, titleInitial } from '@/components/ui/tile-style';
import { formatGrade, formatRuntime, typeLabel } from '@/lib/journal/watches-format';
import type { PosterVersion } from '@/lib/posters/src';

/** What a result card shows: a local search result, or a title from IMDb's website. */
export interface ResultCardData {
  tconst: string;
  title: string;
  originalTitle?: string | null;
  year: number | null;
  endYear?: number | null;
  type: string | null;
  runtimeMinutes?: number | null;
  genres?: string[];
  rating?: number | null;
  votes?: number | null;
  directors?: string[];
  matchedAka?: string | null;
  inJournal: boolean;
  onWatchlist: boolean;
  /** Found on IMDb's website, not in the local data. */
  online?: boolean;
  /** The grade the user's model predicts (lib/picks), when it has enough grades to say. */
  predictedGrade?: number | null;
  /** The cached poster (lib/posters), or null for the letter tile. */
  poster?: PosterVersion;
}

/** The cached poster, or a stand-in: the title's initial on a colour of its own (2:3, fixed size). */
function Monogram({
  tconst,
  title,
  year,
  poster,
}: {
  tconst: string;
  title: string;
  year: number | null;
  poster?: PosterVersion;
}) {
  return (
    <div
      aria-hidden={poster ? undefined : 'true'}
      className="relative grid h-21 w-14 shrink-0 place-items-center overflow-hidden rounded-xl text-2xl font-black text-white/95 shadow-inner"
      style={{ backgroundImage: tileGradient(tconst, 150) }}
    >
      <span aria-hidden="true">{titleInitial(title)}</span>
      {year ? (
        <span
          aria-hidden="true"
          className="absolute inset-x-0 bottom-0 bg-black/25 py-0.5 text-center text-[10px] font-semibold tracking-wide"
        >
          {year}
        </span>
      ) : null}
      {poster ? (
        <PosterImage tconst={tconst} title={title} year={year} poster={poster} variant="small" width={56} />
      ) : null}
    </div>
  );
}

function compactVotes(votes: number): string {
  if (votes >= 1_000_000) return `${(votes / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
  if (votes >= 1000) return `${Math.round(votes / 1000)}k`;
  return String(votes);
}

/** One search result; the whole card is the button that opens the log sheet. */
export function ResultCard({ result, onPick }: { result: ResultCardData; onPick: () => void }) {
  const years =
    result.year && result.endYear && result.endYear !== result.year
      ? `${result.year}–${result.endYear}`
      : result.year
        ? String(result.year)
        : null;
  const facts = [years, typeLabel(result.type) || null, formatRuntime(result.runtimeMinutes) || null].filter(Boolean);
  const aka =
    result.matchedAka && result.matchedAka !== result.title
      ? result.matchedAka
      : result.originalTitle && result.originalTitle !== result.title
        ? result.originalTitle
        : null;
  return (
    <li>
      <button
        type="button"
        onClick={onPick}
        data-testid="search-result"
        className="group flex w-full items-center gap-4 rounded-2xl border border-zinc-200 bg-white p-3 text-left shadow-sm transition hover:border-brand-300 hover:shadow-md active:scale-[0.99] dark:border-zinc-800 dark:bg-ink-900 dark:hover:border-brand-700"
      >
        <Monogram tconst={result.tconst} title={result.title} year={result.year} poster={result.poster} />
        <div className="min-w-0 flex-1">
          <h3 className="line-clamp-2 text-base leading-snug font-semibold">{result.title}</h3>
          <p className="mt-0.5 text-sm text-zinc-500 dark:text-zinc-400">{facts.join(' · ')}</p>
          {aka ? (
            <p className="truncate text-xs text-zinc-500 italic dark:text-zinc-400">
              {result.matchedAka && result.matchedAka !== result.title ? 'Also known as' : 'Original title'} “{aka}”
            </p>
          ) : null}
          {result.directors?.length ? (
            <p className="truncate text-sm text-zinc-600 dark:text-zinc-300">{result.directors.join(', ')}</p>
          ) : null}
          <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs">
            {result.rating ? (
              <span className="inline-flex items-center gap-1 rounded-full bg-amber-50 px-2 py-0.5 font-semibold text-amber-800 dark:bg-amber-900/30 dark:text-amber-200">
                <StarIcon width={12} height={12} />
                {formatGrade(result.rating)}
                {result.votes ? <span className="font-normal">{compactVotes(result.votes)}</span> : null}
              </span>
            ) : null}
            {result.predictedGrade != null ? (
              <span
                className="rounded-full bg-brand-50 px-2 py-0.5 font-semibold text-brand-700 dark:bg-brand-900 dark:text-brand-100"
                title="Your predicted grade"
                data-testid="result-predicted-grade"
              >
                {formatGrade(result.predictedGrade)} for you
              </span>
            ) : null}
            {result.genres?.length ? (
              <span className="truncate text-zinc-500 dark:text-zinc-400">{result.genres.join(', ')}</span>
            ) : null}
            {result.inJournal ? (
              <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 font-semibold text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200">
                <CheckIcon width={12} height={12} strokeWidth={3} />
                Seen
              </span>
            ) : null}
            {result.onWatchlist ? (
              <span className="rounded-full bg-brand-50 px-2 py-0.5 font-semibold text-brand-700 dark:bg-brand-900 dark:text-brand-100">
                On watchlist
              </span>
            ) : null}
            {result.online ? (
              <span className="rounded-full bg-zinc-100 px-2 py-0.5 font-semibold text-zinc-600 dark:bg-ink-800 dark:text-zinc-300">
                IMDb website
              </span>
            ) : null}
          </div>
        </div>
        <span
          aria-hidden="true"
          className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-600 transition group-hover:bg-brand-600 group-hover:text-white dark:bg-brand-900 dark:text-brand-100"
        >
          <PlusIcon width={20} height={20} strokeWidth={2.2} />
        </span>
      </button>
    </li>
  );
}
