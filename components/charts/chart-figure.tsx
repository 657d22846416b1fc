import type { ReactNode } from 'react';
import { ScrollRegion } from '../ui/scroll-region';

// The frame of every chart: a text title, an accessible description, optional notes (how the
// figure was counted), the chart, and the same numbers as a table behind "Table".

export function ChartFigure({
  id,
  title,
  description,
  notes,
  table,
  children,
  className = '',
}: {
  id: string;
  title: string;
  description: string;
  notes?: ReactNode;
  table?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-testid={`chart-${id}`}
      className={`flex min-w-0 flex-col gap-3 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm md:p-5 dark:border-zinc-800 dark:bg-ink-900 ${className}`}
    >
      <div>
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {title}
        </h2>
        <p id={`${id}-desc`} className="text-sm text-zinc-500 dark:text-zinc-400">
          {description}
        </p>
      </div>
      {children}
      {notes ? <p className="text-xs text-zinc-500 dark:text-zinc-400">{notes}</p> : null}
      {table ? (
        <details className="group text-sm">
          <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg px-2 font-semibold text-brand-700 hover:bg-brand-50 dark:text-brand-400 dark:hover:bg-ink-800">
            Table
          </summary>
          <ScrollRegion label={`${title}: table`} className="mt-2 max-h-80 overflow-auto">
            {table}
          </ScrollRegion>
        </details>
      ) : null}
    </figure>
  );
}

export interface TableRow {
  key: string;
  cells: ReactNode[];
}

/** A plain data table: the first column is the row's header. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: TableRow[] }) {
  return (
    <table className="w-full border-collapse text-left tabular-nums">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-zinc-200 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400">
          {columns.map((c, i) => (
            <th key={c} scope="col" className={`py-1.5 pr-3 font-semibold ${i > 0 ? 'text-right' : ''}`}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={columns[i]} scope="row" className="py-1.5 pr-3 font-medium">
                  {cell}
                </th>
              ) : (
                <td key={columns[i]} className="py-1.5 pr-3 text-right">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An empty chart's message, in the chart's place. */
export function NoData({ children = 'Nothing to show for this range.' }: { children?: ReactNode }) {
  return <p className="py-6 text-center text-sm text-zinc-500 dark:text-zinc-400">{children}</p>;
}
