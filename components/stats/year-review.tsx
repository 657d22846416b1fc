import Link from 'next/link';
import { ChartFigure, DataTable } from '@/components/charts/chart-figure';
import { ColumnChart } from '@/components/charts/column-chart';
import { MONTHS } from '@/lib/journal/watches-format';
import type { PosterMap } from '@/lib/posters/src';
import { diaryHref, yearRange } from '@/lib/stats/range';
import type { YearReview } from '@/lib/stats/year-review';
import { personLabel } from '@/lib/titles/format';
import { count, grade, hours, percent, plural } from './format';
import { ShareImageButton } from './share-image-button';
import { GenreMix } from './year-review-genres';
import { TitleLine, TopTitles } from './year-review-titles';

const monthName = (ym: string) => `${MONTHS[Number(ym.slice(5, 7)) - 1]}`;

function Change({ now, before }: { now: number; before: number }) {
  if (!before) return null;
  const change = (now - before) / before;
  return (
    <span className={change >= 0 ? 'text-emerald-200' : 'text-rose-200'}>
      {' '}
      {change >= 0 ? '▲' : '▼'} {percent(Math.abs(change))} on the year before
    </span>
  );
}

export function YearReviewScreen({ review: r, posters }: { review: YearReview; posters: PosterMap }) {
  const range = yearRange(r.year);
  const t = r.totals;
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm font-semibold text-brand-700 dark:text-brand-400">
            <Link href={`/stats?year=${r.year}`}>Stats</Link> · Year in review
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{r.year} in review</h1>
        </div>
        <ShareImageButton href={`/stats/${r.year}/image`} year={r.year} />
      </header>
      {t.viewings === 0 ? (
        <p className="mt-6 text-center text-zinc-500 dark:text-zinc-400">Nothing logged in {r.year}.</p>
      ) : (
        <div className="grid grid-cols-1 items-start gap-4 md:grid-flow-row-dense md:grid-cols-2 xl:grid-cols-3">
          <section className="flex flex-col gap-2 rounded-2xl bg-brand-600 p-5 text-white shadow-sm md:col-span-2 xl:col-span-3">
            <p className="text-lg">
              <strong className="text-3xl font-bold">{count(t.viewings)}</strong> viewings in {r.year}:{' '}
              {plural(t.titles, 'title')}, {hours(t.minutes)}
              {t.rewatches ? `, ${plural(t.rewatches, 'rewatch', 'rewatches')}` : ''}.
              <Change now={t.viewings} before={r.previousTotals.viewings} />
            </p>
            <p className="text-brand-100">
              Average grade {grade(t.averageGrade)}
              {r.busiestMonth
                ? ` · busiest month ${monthName(r.busiestMonth.month)} (${plural(r.busiestMonth.viewings, 'viewing')})`
                : ''}
            </p>
          </section>
          <section
            aria-labelledby="top-title"
            className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm md:col-span-2 xl:col-span-3 dark:border-zinc-800 dark:bg-ink-900"
          >
            <h2 id="top-title" className="mb-2 text-base font-semibold">
              Top graded
            </h2>
            <TopTitles titles={r.topTitles} posters={posters} />
          </section>
          <section
            aria-labelledby="first-last"
            className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-ink-900"
          >
            <h2 id="first-last" className="mb-2 text-base font-semibold">
              First and last
            </h2>
            {r.first ? <TitleLine t={r.first} label="First" poster={posters[r.first.tconst]} /> : null}
            {r.last ? <TitleLine t={r.last} label="Last" poster={posters[r.last.tconst]} /> : null}
            <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
              Viewings dated to the day come first; then those known by month.
            </p>
          </section>
          <ChartFigure
            id="review-months"
            title="Month by month"
            description={`Viewings per month of ${r.year}, first viewings and rewatches.`}
            notes="Viewings dated only by year are not placed in a month."
            table={
              <DataTable
                caption="Month by month"
                columns={['Month', 'First viewings', 'Rewatches']}
                rows={r.months.map((m) => ({ key: m.key, cells: [m.label, count(m.fresh), count(m.rewatches)] }))}
              />
            }
          >
            <ColumnChart
              series={[
                { name: 'First viewings', className: 'fill-brand-500 dark:fill-brand-400' },
                { name: 'Rewatches', className: 'fill-accent-400' },
              ]}
              maxLabels={6}
              columns={r.months.map((m) => ({
                key: m.key,
                label: m.label.slice(0, 3),
                values: [m.fresh, m.rewatches],
                href: diaryHref(range, { month: m.key }),
                description: `${m.label}: ${plural(m.fresh + m.rewatches, 'viewing')}`,
              }))}
            />
          </ChartFigure>
          <section
            aria-labelledby="new-people"
            className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-ink-900"
          >
            <h2 id="new-people" className="text-base font-semibold">
              New favourites
            </h2>
            <p className="mb-2 text-sm text-zinc-500 dark:text-zinc-400">
              Directors and actors you first saw this year, with two titles or more.
            </p>
            {r.newPeople.length ? (
              <ul>
                {r.newPeople.map((p) => (
                  <li key={`${p.role}-${p.nconst}`} className="flex min-h-11 items-center justify-between gap-2">
                    <Link href={`/people/${p.nconst}`} className="truncate font-medium hover:underline">
                      {personLabel(p.nconst, p.name).text}
                    </Link>
                    <a
                      href={diaryHref(range, { person: p.nconst })}
                      className="shrink-0 text-sm text-zinc-500 hover:underline dark:text-zinc-400"
                    >
                      {p.role === 'directors' ? 'director' : 'actor'} · {plural(p.titles, 'title')} · ⌀{' '}
                      {grade(p.averageGrade)}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-zinc-500 dark:text-zinc-400">Nobody new with two titles this year.</p>
            )}
          </section>
          <GenreMix review={r} />
        </div>
      )}
    </div>
  );
}
