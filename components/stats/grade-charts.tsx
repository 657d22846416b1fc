import Link from 'next/link';
import { ChartFigure, DataTable, NoData } from '@/components/charts/chart-figure';
import { ColumnChart } from '@/components/charts/column-chart';
import { ScatterChart } from '@/components/charts/scatter-chart';
import { diaryHref, type StatsRange } from '@/lib/stats/range';
import type { CountBucket, Disagreement, GradeVsRating } from '@/lib/stats/types';
import { count, grade, plural } from './format';

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1)}`;

function DisagreementList({ title, items }: { title: string; items: Disagreement[] }) {
  return (
    <div className="min-w-0 flex-1">
      <h3 className="mb-1 text-sm font-semibold text-zinc-600 dark:text-zinc-300">{title}</h3>
      {items.length ? (
        <ol className="flex flex-col">
          {items.map((d) => (
            <li key={d.tconst}>
              <Link
                href={`/titles/${d.tconst}`}
                className="flex min-h-11 items-center justify-between gap-3 rounded-lg px-1 hover:bg-zinc-50 dark:hover:bg-ink-800"
              >
                <span className="truncate text-sm font-medium">
                  {d.title ?? d.tconst}
                  {d.year ? <span className="text-zinc-500 dark:text-zinc-400"> ({d.year})</span> : null}
                </span>
                <span className="shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                  you {grade(d.grade)} · IMDb {grade(d.rating)}{' '}
                  <strong className="text-zinc-800 dark:text-zinc-100">{signed(d.gap)}</strong>
                </span>
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">None.</p>
      )}
    </div>
  );
}

export function GradeCharts({
  range,
  grades,
  gradeVsRating: g,
  disagreements,
}: {
  range: StatsRange;
  grades: CountBucket[];
  gradeVsRating: GradeVsRating;
  disagreements: { higher: Disagreement[]; lower: Disagreement[] };
}) {
  const graded = grades.reduce((a, b) => a + b.viewings, 0);
  return (
    <>
      <ChartFigure
        id="grades"
        title="Your grades"
        description="How many viewings got each grade; 8 means 8 and 8.5."
        table={
          <DataTable
            caption="Your grades"
            columns={['Grade', 'Viewings']}
            rows={grades.map((b) => ({ key: b.key, cells: [b.label, count(b.viewings)] }))}
          />
        }
      >
        {graded ? (
          <ColumnChart
            series={[{ name: 'Viewings', className: 'fill-accent-400' }]}
            columns={grades.map((b) => ({
              key: b.key,
              label: b.label,
              values: [b.viewings],
              href: diaryHref(range, { grade: b.key }),
              description: `Grade ${b.label}: ${plural(b.viewings, 'viewing')}`,
            }))}
          />
        ) : (
          <NoData>No graded viewings in this range.</NoData>
        )}
      </ChartFigure>
      <ChartFigure
        id="grade-vs-imdb"
        title="You against IMDb"
        description={
          g.titles
            ? `Your grade of each title against its IMDb rating (${plural(g.titles, 'title')}). On average you grade ${signed(g.averageGap ?? 0)} against IMDb${g.correlation !== null ? `; correlation ${g.correlation.toFixed(2)}` : ''}.`
            : 'Your grade of each title against its IMDb rating.'
        }
        notes="A title graded more than once counts once, with its average grade. Bubbles grow with the number of titles; the dashed line is full agreement, the orange one your trend."
        className="md:col-span-2"
        table={
          <DataTable
            caption="Titles per grade and rating"
            columns={['Your grade', 'IMDb rating', 'Titles']}
            rows={g.cells.map((c) => ({
              key: `${c.grade}-${c.rating}`,
              cells: [grade(c.grade), grade(c.rating), count(c.titles)],
            }))}
          />
        }
      >
        {g.titles ? (
          <div className="flex flex-col gap-4 lg:flex-row">
            <div className="min-w-0 flex-1">
              <ScatterChart cells={g.cells} slope={g.slope} intercept={g.intercept} />
              <p className="text-center text-xs text-zinc-500 dark:text-zinc-400">IMDb rating → · your grade ↑</p>
            </div>
            <div className="flex min-w-0 flex-1 flex-col gap-3">
              <DisagreementList title="You liked more than IMDb" items={disagreements.higher} />
              <DisagreementList title="You liked less than IMDb" items={disagreements.lower} />
            </div>
          </div>
        ) : (
          <NoData>No graded titles with an IMDb rating in this range.</NoData>
        )}
      </ChartFigure>
    </>
  );
}
