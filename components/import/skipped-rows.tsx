import type { SkippedRow } from '@/lib/import/types';

/** The rows a file had that are no viewing (blank, title, total rows), folded under their count. */
export function SkippedRows({ rows }: { rows: SkippedRow[] }) {
  if (rows.length === 0) return null;
  return (
    <details className="rounded-2xl border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-ink-900">
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold" data-testid="skipped-rows">
        {rows.length === 1 ? 'One row was set aside' : `${rows.length} rows were set aside`} as no viewing
      </summary>
      <ul className="mt-1 flex flex-col gap-1 text-sm text-zinc-600 dark:text-zinc-400">
        {rows.map((row) => (
          <li key={`${row.file}:${row.line}`}>
            <span className="font-mono text-xs">
              {row.file}, line {row.line}
            </span>{' '}
            — {row.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
