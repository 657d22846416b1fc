import Link from 'next/link';

/** One tab of a filter row, as a link (the page stays a server page), with its count. */
export function FilterTab({
  href,
  current,
  label,
  count,
}: {
  href: string;
  current: boolean;
  label: string;
  count?: number;
}) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={current ? 'page' : undefined}
      className="inline-flex h-10 shrink-0 items-center gap-1.5 rounded-full border border-zinc-200 bg-zinc-100 px-4 text-sm font-semibold text-zinc-700 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white dark:border-zinc-800 dark:bg-ink-800 dark:text-zinc-200"
    >
      {label}
      {count === undefined ? null : <span className="tabular-nums">{count.toLocaleString('en')}</span>}
    </Link>
  );
}
