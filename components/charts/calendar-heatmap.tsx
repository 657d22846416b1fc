import type { CalendarDay } from '@/lib/stats/types';

// A year of days as a grid of weeks (columns, Monday on top) — the darker, the more
// viewings. Columns are percentages of the width; each day with viewings links to them.

const CELL = 12;
const GAP = 3;
const TOP = 16;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

const shade = (n: number) =>
  n === 0
    ? 'fill-zinc-100 dark:fill-ink-800'
    : n === 1
      ? 'fill-brand-100 dark:fill-brand-700'
      : n === 2
        ? 'fill-brand-400 dark:fill-brand-500'
        : 'fill-brand-600 dark:fill-brand-400';

export function CalendarHeatmap({
  from,
  to,
  days,
  hrefOf,
}: {
  from: string;
  to: string;
  days: CalendarDay[];
  hrefOf: (date: string) => string;
}) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const count = new Map(days.map((d) => [d.date, d.viewings]));
  const weeks = Math.floor((end - start) / DAY / 7) + 1;
  const w = 100 / weeks;
  const cells = [];
  const labels = [];
  for (let t = start, i = 0; t <= end; t += DAY, i++) {
    const date = new Date(t).toISOString().slice(0, 10);
    const week = Math.floor(i / 7);
    const n = count.get(date) ?? 0;
    const rect = (
      <rect
        x={`${week * w}%`}
        y={TOP + (i % 7) * (CELL + GAP)}
        width={`${w * 0.82}%`}
        height={CELL}
        rx={2}
        className={shade(n)}
      />
    );
    const description = `${date}: ${n} viewing${n === 1 ? '' : 's'}`;
    cells.push(
      n > 0 ? (
        <a key={date} href={hrefOf(date)} aria-label={description}>
          <title>{description}</title>
          {rect}
        </a>
      ) : (
        <g key={date}>{rect}</g>
      ),
    );
    if (date.endsWith('-01') || (i === 0 && Number(date.slice(8)) <= 10)) {
      labels.push(
        <text key={`m${date}`} x={`${week * w}%`} y={10} className="fill-zinc-500 text-[10px] dark:fill-zinc-400">
          {MONTHS[Number(date.slice(5, 7)) - 1]}
        </text>,
      );
    }
  }
  return (
    <svg width="100%" height={TOP + 7 * (CELL + GAP)}>
      <title>Calendar of viewings: each marked day links to its viewings</title>
      {labels}
      {cells}
    </svg>
  );
}
