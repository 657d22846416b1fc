import type { EtlRunView } from '@/lib/imdb/etl-status';

const when = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16);
const tone = {
  running: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  succeeded: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  failed: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
};

function percent(read: number, total: number | null): string {
  return total ? `${Math.min(100, Math.round((read / total) * 100))}%` : `${(read / 1e6).toFixed(0)} MB`;
}

/** One ETL run: when, how it ended, and each file's rows (with a progress bar while loading). */
export function EtlRunCard({ run }: { run: EtlRunView }) {
  return (
    <li className="py-3" data-testid="etl-run">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium">
          Run {run.id} · {when(run.startedAt)} UTC
        </p>
        <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone[run.status]}`}>{run.status}</span>
      </div>
      {run.error ? <p className="mt-1 text-sm text-red-700 dark:text-red-300">{run.error}</p> : null}
      <ul className="mt-2 grid gap-1 text-sm text-zinc-600 sm:grid-cols-2 dark:text-zinc-400">
        {run.files.map((f) => (
          <li key={f.dataset} className="flex flex-col">
            <span>
              {f.dataset}: {f.status}
              {f.rows ? ` · ${f.rows.toLocaleString('en')} rows` : ''}
              {f.badLines ? ` · ${f.badLines} malformed` : ''}
              {f.status === 'loading' ? ` · ${percent(f.bytesRead, f.bytesTotal)}` : ''}
            </span>
            {f.status === 'loading' && f.bytesTotal ? (
              <progress className="h-1.5 w-full accent-brand-600" value={f.bytesRead} max={f.bytesTotal} />
            ) : null}
          </li>
        ))}
      </ul>
    </li>
  );
}
