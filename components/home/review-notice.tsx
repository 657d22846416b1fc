import Link from 'next/link';

/** Shown while imported rows wait for the person to pick their film. */
export function ReviewNotice({ pending }: { pending: number }) {
  if (pending === 0) return null;
  return (
    <Link
      href="/import/review"
      className="flex min-h-14 items-center justify-between gap-3 rounded-2xl border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <span>
        <strong>{pending.toLocaleString('en')}</strong> imported {pending === 1 ? 'row waits' : 'rows wait'} for you to
        pick the film.
      </span>
      <span className="font-semibold">Review →</span>
    </Link>
  );
}
