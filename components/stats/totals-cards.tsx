import Link from 'next/link';
import { diaryHref, type StatsRange } from '@/lib/stats/range';
import type { Streaks, Totals } from '@/lib/stats/types';
import { count, grade, hours, plural } from './format';
import { RATED_ONLY } from './when-charts';

function Tile({ label, value, sub, href }: { label: string; value: string; sub?: string; href?: string }) {
  const body = (
    <>
      <span className="text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{label}</span>
      <span className="text-2xl font-bold whitespace-nowrap tabular-nums xl:text-xl">{value}</span>
      {sub ? <span className="text-xs text-zinc-500 dark:text-zinc-400">{sub}</span> : null}
    </>
  );
  const testId = `total-${label.toLowerCase().replace(/ /g, '-')}`;
  const className =
    'flex min-h-24 flex-col gap-0.5 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-ink-900';
  return href ? (
    <Link
      href={href}
      data-testid={testId}
      className={`${className} hover:border-brand-400 dark:hover:border-brand-500`}
    >
      {body}
    </Link>
  ) : (
    <div data-testid={testId} className={className}>
      {body}
    </div>
  );
}

/** The headline numbers: each links to the viewings behind it where the diary can filter for them. */
export function TotalsCards({ totals, streaks, range }: { totals: Totals; streaks: Streaks; range: StatsRange }) {
  const longest = streaks.longest;
  const rated = totals.precision.rated;
  return (
    <section aria-label="Totals" className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-8">
      <Tile label="Viewings" value={count(totals.viewings)} href={diaryHref(range, {})} />
      <Tile label="Titles" value={count(totals.titles)} sub="different ones" />
      <Tile label="Rewatches" value={count(totals.rewatches)} href={diaryHref(range, { rewatch: true })} />
      <Tile label="Hours" value={hours(totals.minutes)} sub="runtime of all viewings" />
      <Tile label="Average grade" value={grade(totals.averageGrade)} sub={`${count(totals.graded)} graded`} />
      <Tile label="Directors" value={count(totals.directors)} sub="different ones" />
      <Tile label="Actors" value={count(totals.actors)} sub="actors and actresses" />
      <Tile
        label="Longest streak"
        value={longest ? `${longest.days}\u00a0d` : '–'}
        sub={`${
          longest
            ? `${longest.from} – ${longest.to}${streaks.longestWeeks ? ` · ${streaks.longestWeeks.weeks} weeks in a row` : ''}`
            : 'days in a row'
        }${rated ? ` · not counting ${plural(rated, 'viewing')} ${RATED_ONLY}` : ''}`}
        href={
          longest ? diaryHref({ ...range, from: null, to: null }, { from: longest.from, to: longest.to }) : undefined
        }
      />
    </section>
  );
}
