import Link from 'next/link';
import { isAllTime, rangeParams, type StatsKind, type StatsRange, yearOf } from '@/lib/stats/range';

// The range as a row of chips that scrolls sideways on a phone (snapping to each chip): all
// time, each year with viewings, and a from–to form; then films vs series. Plain links and a
// GET form: it works before any JavaScript has loaded.

const KINDS: { kind: StatsKind; label: string }[] = [
  { kind: 'all', label: 'Everything' },
  { kind: 'films', label: 'Films' },
  { kind: 'series', label: 'Series' },
];

function href(params: Record<string, string>): string {
  const qs = new URLSearchParams(params).toString();
  return qs ? `/stats?${qs}` : '/stats';
}

function Chip({ href: to, active, children }: { href: string; active: boolean; children: string }) {
  return (
    <li className="shrink-0 snap-start">
      <Link
        href={to}
        aria-current={active ? 'true' : undefined}
        className={`inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold whitespace-nowrap transition ${
          active
            ? 'bg-brand-600 text-white'
            : 'bg-zinc-100 text-zinc-700 hover:bg-zinc-200 dark:bg-ink-800 dark:text-zinc-200 dark:hover:bg-ink-900'
        }`}
      >
        {children}
      </Link>
    </li>
  );
}

export function RangeSelector({ range, years }: { range: StatsRange; years: number[] }) {
  const year = yearOf(range);
  const custom = !year && !isAllTime(range);
  const kind: Record<string, string> = range.kind === 'all' ? {} : { kind: range.kind };
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label="Range">
        <ul className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:none] md:mx-0 md:flex-wrap md:px-0">
          <Chip href={href(kind)} active={isAllTime(range)}>
            All time
          </Chip>
          {years.map((y) => (
            <Chip key={y} href={href({ year: String(y), ...kind })} active={year === y}>
              {String(y)}
            </Chip>
          ))}
        </ul>
      </nav>
      <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
        <nav aria-label="Titles">
          <ul className="flex gap-2">
            {KINDS.map((k) => (
              <Chip
                key={k.kind}
                href={href({
                  ...rangeParams({ ...range, kind: 'all' }),
                  ...(k.kind === 'all' ? {} : { kind: k.kind }),
                })}
                active={range.kind === k.kind}
              >
                {k.label}
              </Chip>
            ))}
          </ul>
        </nav>
        <form method="get" action="/stats" className="flex flex-wrap items-end gap-2" aria-label="Any range">
          {range.kind !== 'all' ? <input type="hidden" name="kind" value={range.kind} /> : null}
          <label className="flex flex-col text-xs font-medium text-zinc-500 dark:text-zinc-400">
            From
            <input
              type="date"
              name="from"
              defaultValue={custom ? (range.from ?? '') : ''}
              className="min-h-11 rounded-xl border border-zinc-200 bg-zinc-50 px-3 text-sm text-zinc-900 dark:border-zinc-800 dark:bg-ink-900 dark:text-zinc-100"
            />
          </label>
          <label className="flex flex-col text-xs font-medium text-zinc-500 dark:text-zinc-400">
            To
            <input
              type="date"
              name="to"
              defaultValue={custom ? (range.to ?? '') : ''}
              className="min-h-11 rounded-xl border border-zinc-200 bg-zinc-50 px-3 text-sm text-zinc-900 dark:border-zinc-800 dark:bg-ink-900 dark:text-zinc-100"
            />
          </label>
          <button
            type="submit"
            className={`min-h-11 rounded-xl px-4 text-sm font-semibold ${custom ? 'bg-brand-600 text-white' : 'bg-zinc-100 text-zinc-800 hover:bg-zinc-200 dark:bg-ink-800 dark:text-zinc-100'}`}
          >
            Show
          </button>
        </form>
      </div>
    </div>
  );
}
