import Link from 'next/link';
import { rangeLabel, yearOf } from '@/lib/stats/range';
import type { Dashboard } from '@/lib/stats/types';
import { GradeCharts } from './grade-charts';
import { PeopleCard } from './people-cards';
import { RangeSelector } from './range-selector';
import { TotalsCards } from './totals-cards';
import { WhatCharts } from './what-charts';
import { WhenCharts } from './when-charts';

/** The statistics: one column of cards on a phone, a grid on a desktop. */
export function StatsDashboard({
  dashboard: d,
  years,
  error,
}: {
  dashboard: Dashboard;
  years: number[];
  error?: string;
}) {
  const year = yearOf(d.range);
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Stats</h1>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">
            {rangeLabel(d.range)}
            {d.range.kind === 'all' ? '' : d.range.kind === 'films' ? ' · films' : ' · series'}
          </p>
        </div>
        {year ? (
          <Link
            href={`/stats/${year}`}
            className="inline-flex min-h-11 items-center rounded-xl bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {year} in review
          </Link>
        ) : null}
      </header>
      <RangeSelector range={d.range} years={years} />
      {error ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      ) : null}
      {d.totals.viewings === 0 ? (
        <p className="mt-6 text-center text-zinc-500 dark:text-zinc-400">
          No viewings in this range.{' '}
          <Link href="/search" className="font-semibold text-brand-700 dark:text-brand-400">
            Log one
          </Link>
        </p>
      ) : (
        <>
          <TotalsCards totals={d.totals} streaks={d.streaks} range={d.range} />
          <div className="grid grid-cols-1 gap-4 md:grid-flow-row-dense md:grid-cols-2 xl:grid-cols-3">
            <WhenCharts
              range={d.range}
              totals={d.totals}
              perYear={d.perYear}
              perMonth={d.perMonth}
              weekdays={d.weekdays}
              calendar={d.calendar}
            />
            <WhatCharts
              range={d.range}
              viewings={d.totals.viewings}
              genres={d.genres}
              decades={d.decades}
              releaseYears={d.releaseYears}
              runtimes={d.runtimes}
              types={d.types}
              regions={d.regions}
            />
            <GradeCharts
              range={d.range}
              grades={d.grades}
              gradeVsRating={d.gradeVsRating}
              disagreements={d.disagreements}
            />
            {d.people.map((figure) => (
              <PeopleCard key={figure.role} figure={figure} range={d.range} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
