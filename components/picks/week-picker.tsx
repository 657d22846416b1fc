import Link from 'next/link';

const label = (week: string) =>
  `Week of ${new Date(`${week}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`;

/** Earlier weeks' lists: the shown week, and links to the others (newest first). */
export function WeekPicker({ weeks, current }: { weeks: string[]; current: string }) {
  if (weeks.length < 2) return <p className="text-sm text-zinc-500 dark:text-zinc-400">{label(current)}</p>;
  return (
    <nav aria-label="Earlier weeks" className="-mx-1 flex gap-1 overflow-x-auto pb-1">
      {weeks.map((week, i) => (
        <Link
          key={week}
          href={i === 0 ? '/picks' : `/picks?week=${week}`}
          aria-current={week === current ? 'page' : undefined}
          className={`inline-flex min-h-11 shrink-0 items-center rounded-full px-4 text-sm font-medium transition ${
            week === current
              ? 'bg-brand-600 text-white'
              : 'border border-zinc-300 text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-ink-800'
          }`}
        >
          {i === 0 ? `This list · ${label(week).replace('Week of ', '')}` : label(week)}
        </Link>
      ))}
    </nav>
  );
}
