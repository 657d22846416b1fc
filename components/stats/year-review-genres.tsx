import { ChartFigure, DataTable } from '@/components/charts/chart-figure';
import { diaryHref, yearRange } from '@/lib/stats/range';
import type { YearReview } from '@/lib/stats/year-review';
import { percent } from './format';

/** The year's genre shares, each against the year before's when that year has viewings. */
export function GenreMix({ review: r }: { review: YearReview }) {
  const range = yearRange(r.year);
  const before = r.year - 1;
  const compared = r.genres.some((g) => g.previous !== null);
  return (
    <ChartFigure
      id="review-genres"
      title="Genre mix"
      description={`Share of ${r.year}'s viewings per genre${compared ? `, against ${before}` : ''}.`}
      notes={`A title with several genres counts in each.${compared ? '' : ` Nothing is logged in ${before} to compare with.`}`}
      table={
        <DataTable
          caption="Genre mix"
          columns={['Genre', String(r.year), ...(compared ? [String(before)] : [])]}
          rows={r.genres.map((g) => ({
            key: g.genre,
            cells: [g.genre, percent(g.share), ...(g.previous === null ? [] : [percent(g.previous)])],
          }))}
        />
      }
    >
      <ul className="flex flex-col gap-2">
        {r.genres.map((g) => (
          <li key={g.genre}>
            <a href={diaryHref(range, { genre: g.genre })} className="flex flex-col gap-1 hover:opacity-80">
              <span className="flex justify-between text-sm">
                <span className="font-medium">{g.genre}</span>
                <span className="text-zinc-500 tabular-nums dark:text-zinc-400">
                  {percent(g.share)}
                  {g.previous === null ? null : <span className="text-xs"> (was {percent(g.previous)})</span>}
                </span>
              </span>
              <svg width="100%" height={g.previous === null ? 6 : 14} aria-hidden="true">
                <rect width="100%" height="6" rx="3" className="fill-zinc-100 dark:fill-ink-800" />
                <rect width={`${g.share * 100}%`} height="6" rx="3" className="fill-brand-500 dark:fill-brand-400" />
                {g.previous === null ? null : (
                  <rect
                    y="8"
                    width={`${g.previous * 100}%`}
                    height="4"
                    rx="2"
                    className="fill-zinc-300 dark:fill-zinc-600"
                  />
                )}
              </svg>
            </a>
          </li>
        ))}
      </ul>
    </ChartFigure>
  );
}
